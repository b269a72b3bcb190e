package index

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/search/query"
)

// titleBoost makes a term found in the title count more than one in the
// body, as readers expect.
const titleBoost = 2.0

// fieldAliases lets people type the plural or a synonym of a field name.
var fieldAliases = map[string]string{
	"people":   fPerson,
	"persons":  fPerson,
	"speakers": fSpeaker,
	"quotes":   fQuote,
	"stances":  fStance,
	"sources":  fSource,
	"outlet":   fSource,
	"authors":  fAuthor,
	"by":       fAuthor,
	"body":     fText,
}

// parseQuery turns the user's query string into a bleve query. An empty
// query is nil (the caller lists everything). Terms without a field are
// searched in title and text. When the string is not valid syntax (often
// just half-typed: an open quote, "source:"), its words are searched
// instead and note says why.
func parseQuery(s string) (q query.Query, note string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, "", nil
	}
	q, err = query.NewQueryStringQuery(s).Parse()
	if err != nil {
		words := plainWords(s)
		if words == "" {
			return nil, "", fmt.Errorf("query %q: %w", s, err)
		}
		q2, err2 := query.NewQueryStringQuery(words).Parse()
		if err2 != nil {
			return nil, "", fmt.Errorf("query %q: %w", s, err)
		}
		note = fmt.Sprintf("not a valid query (%s); searched the words %q", firstLine(err.Error()), words)
		q = q2
	}
	q = rewrite(q)
	if b, ok := q.(*query.BooleanQuery); ok {
		rangesToFilter(b)
		if note == "" {
			// A half-typed query that fell back to its words stays
			// lenient: its last word is often still being typed.
			requireAll(b)
		}
		if b.Must == nil && b.Should == nil && b.Filter != nil {
			// Nothing to score: bleve would run the filter alone over
			// every document, so it becomes the main clause instead.
			b.Must, b.Filter = b.Filter, nil
			q = &dateOrdered{b}
		}
	}
	return q, note, nil
}

// dateOrdered is a query that only selects (ranges, exclusions), whose
// hits are listed newest first.
type dateOrdered struct{ *query.BooleanQuery }

// rangesToFilter moves the optional (no + or -) range clauses of the top
// level into the filter: `kislyak date:>="2017-01-01" date:<"2017-04-01"`
// means Kislyak within those dates, not any one of the three. A filter
// also leaves the scores alone.
func rangesToFilter(b *query.BooleanQuery) {
	should, ok := b.Should.(*query.DisjunctionQuery)
	if !ok {
		return
	}
	var keep, ranges []query.Query
	for _, d := range should.Disjuncts {
		if isFieldRange(d) {
			ranges = append(ranges, d)
		} else {
			keep = append(keep, d)
		}
	}
	if len(ranges) == 0 {
		return
	}
	should.Disjuncts = keep
	if len(keep) == 0 {
		b.Should = nil
	}
	if joinDates {
		ranges = joinDateRanges(ranges)
	}
	if b.Filter != nil {
		ranges = append(ranges, b.Filter)
	}
	if len(ranges) == 1 {
		b.Filter = ranges[0]
	} else {
		b.Filter = query.NewConjunctionQuery(ranges)
	}
}

// joinDates switches joinDateRanges on; the tests turn it off to compare.
var joinDates = true

// joinDateRanges makes one range of a from-date and a to-date on the
// same field, `date:>="2017-03-01" date:<"2017-04-01"`, which select the
// same documents together. Apart, each matched most of the corpus (all
// articles since March, all before April), read from thousands of
// numeric terms, and a month took 5 ms to list at 60k articles.
func joinDateRanges(ranges []query.Query) []query.Query {
	var out []query.Query
	from := map[string]int{} // field -> index in out of its from-date alone
	to := map[string]int{}
	for _, q := range ranges {
		d, ok := q.(*query.DateRangeQuery)
		if !ok {
			out = append(out, q)
			continue
		}
		f := d.Field()
		switch {
		case !d.Start.IsZero() && d.End.IsZero():
			if i, ok := to[f]; ok {
				delete(to, f)
				out[i] = joinedRange(d, out[i].(*query.DateRangeQuery))
				continue
			}
			if _, dup := from[f]; !dup {
				from[f] = len(out)
			}
		case d.Start.IsZero() && !d.End.IsZero():
			if i, ok := from[f]; ok {
				delete(from, f)
				out[i] = joinedRange(out[i].(*query.DateRangeQuery), d)
				continue
			}
			if _, dup := to[f]; !dup {
				to[f] = len(out)
			}
		}
		out = append(out, q)
	}
	return out
}

// joinedRange is the range from start's start to end's end. The bounds'
// other sides were open, so their inclusiveness meant nothing.
func joinedRange(start, end *query.DateRangeQuery) *query.DateRangeQuery {
	j := *start
	j.End, j.InclusiveEnd = end.End, end.InclusiveEnd
	return &j
}

func isFieldRange(q query.Query) bool {
	switch t := q.(type) {
	case *query.DateRangeQuery:
		return t.Field() != ""
	case *query.NumericRangeQuery:
		return t.Field() != ""
	}
	return false
}

// requireAll makes every plain clause of the top level required, so
// `speaker:pelosi resign` and `source:cnn trump` narrow as people expect
// of a search box instead of listing everything that has either.
func requireAll(b *query.BooleanQuery) {
	should, ok := b.Should.(*query.DisjunctionQuery)
	if !ok || len(should.Disjuncts) == 0 {
		return
	}
	b.Should = nil
	b.AddMust(should.Disjuncts...)
}

// onlyFilters reports whether q only selects and never scores (nothing
// but range filters and exclusions), so its hits are best listed by date.
func onlyFilters(q query.Query) bool {
	if _, ok := q.(*dateOrdered); ok {
		return true
	}
	b, ok := q.(*query.BooleanQuery)
	return ok && b.Must == nil && b.Should == nil
}

// plainWords keeps only letters, digits and inner apostrophes/hyphens of
// s, so the result parses as a list of terms.
func plainWords(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, "'-")
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// rewrite resolves field aliases and sends unqualified text queries to
// both title and text, walking the tree the query string parser builds
// (booleans, conjunctions and disjunctions of leaves).
func rewrite(q query.Query) query.Query {
	switch t := q.(type) {
	case *query.BooleanQuery:
		if t.Must != nil {
			t.Must = rewrite(t.Must)
		}
		if t.Should != nil {
			t.Should = rewrite(t.Should)
		}
		if t.MustNot != nil {
			t.MustNot = rewrite(t.MustNot)
		}
		return t
	case *query.ConjunctionQuery:
		for i, c := range t.Conjuncts {
			t.Conjuncts[i] = rewrite(c)
		}
		return t
	case *query.DisjunctionQuery:
		for i, d := range t.Disjuncts {
			t.Disjuncts[i] = rewrite(d)
		}
		return t
	case *query.NumericRangeQuery, *query.DateRangeQuery:
		// A bare number also parses as a numeric range on the default
		// field; leave it, it simply matches nothing.
		return q
	case query.FieldableQuery:
		if f := t.Field(); f != "" {
			if alias, ok := fieldAliases[strings.ToLower(f)]; ok {
				t.SetField(alias)
			}
			if p, ok := t.(*query.MatchPhraseQuery); ok && p.Field() == fQuote {
				return quotePhrase(p)
			}
			return t
		}
		title := cloneQuery(t)
		title.SetField(fTitle)
		if b, ok := title.(query.BoostableQuery); ok {
			b.SetBoost(b.Boost() * titleBoost)
		}
		t.SetField(fText)
		// The query-string flavour of boolean skips clauses that can match
		// nothing (a stop word), exactly as the parser's own would.
		return query.NewBooleanQueryForQueryString(nil, []query.Query{title, t}, nil)
	}
	return q
}

// quotePhrase answers quote:"some words": the quote field has no term
// vectors (the text's serve phrases), so ask for all the words in a quote
// and the phrase in the text.
func quotePhrase(p *query.MatchPhraseQuery) query.Query {
	words := query.NewMatchQuery(p.MatchPhrase)
	words.SetField(fQuote)
	words.SetOperator(query.MatchQueryOperatorAnd)
	inText := query.NewMatchPhraseQuery(p.MatchPhrase)
	inText.SetField(fText)
	return query.NewBooleanQueryForQueryString([]query.Query{words, inText}, nil, nil)
}

// cloneQuery makes a shallow copy of a leaf query so its field can be
// changed without touching the original.
func cloneQuery(q query.FieldableQuery) query.FieldableQuery {
	v := reflect.ValueOf(q)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return q
	}
	c := reflect.New(v.Elem().Type())
	c.Elem().Set(v.Elem())
	return c.Interface().(query.FieldableQuery)
}
