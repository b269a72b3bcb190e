package index

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// fastPhrases switches the phrase searcher of this file on; the tests
// turn it off to compare with bleve's own.
var fastPhrases = true

// plainPhrases turns the phrases of q that analyse to a single word
// ("the people of" is "people" once stop words are gone) into that
// word's term query. Both match the same documents, but a phrase reads
// the positions of the word in every one of them, the slowest searches
// of the benchmark (a common word: 10-16 ms of CPU at 20k articles,
// against 1 ms as a term). Longer phrases become a phrase query searched
// by phraseSearcher; a person:/speaker: phrase becomes the phrases of
// every name of that person (personQueries). q is changed in place;
// the result replaces it.
func (ix *Index) plainPhrases(q query.Query) query.Query {
	switch t := q.(type) {
	case *dateOrdered:
		t.BooleanQuery = ix.plainPhrases(t.BooleanQuery).(*query.BooleanQuery)
	case *query.BooleanQuery:
		for _, c := range []*query.Query{&t.Must, &t.Should, &t.MustNot, &t.Filter} {
			if *c != nil {
				*c = ix.plainPhrases(*c)
			}
		}
	case *query.ConjunctionQuery:
		for i, c := range t.Conjuncts {
			t.Conjuncts[i] = ix.plainPhrases(c)
		}
	case *query.DisjunctionQuery:
		for i, d := range t.Disjuncts {
			t.Disjuncts[i] = ix.plainPhrases(d)
		}
	case *query.MatchPhraseQuery:
		if qs := ix.personQueries(t); qs != nil {
			return query.NewDisjunctionQuery(qs)
		}
		return ix.plainPhrase(t)
	}
	return q
}

// plainPhrase is a phrase as plainPhrases searches it: a term, a
// phraseQuery, or itself.
func (ix *Index) plainPhrase(t *query.MatchPhraseQuery) query.Query {
	if t.Fuzziness != 0 || t.FieldVal == "" {
		return t
	}
	m := ix.bi.Mapping()
	name := t.Analyzer
	if name == "" {
		name = m.AnalyzerNameForPath(t.FieldVal)
	}
	a := m.AnalyzerNamed(name)
	if a == nil {
		return t
	}
	toks := a.Analyze([]byte(t.MatchPhrase))
	if len(toks) != 1 {
		if terms := phraseTerms(toks); fastPhrases && terms != nil {
			return &phraseQuery{MatchPhraseQuery: t, terms: terms}
		}
		return t
	}
	term := query.NewTermQuery(string(toks[0].Term))
	term.SetField(t.FieldVal)
	term.SetBoost(t.BoostVal.Value())
	return term
}

// phraseTerms lays out the analysed phrase as bleve's MatchPhraseQuery
// does, one term per position from the first, "" where a stop word was.
// It is nil unless phraseSearcher can take the phrase: one term at each
// position (no synonyms), none of them twice.
func phraseTerms(toks analysis.TokenStream) []string {
	if len(toks) < 2 {
		return nil
	}
	first, last := toks[0].Position, toks[0].Position
	for _, t := range toks {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	terms := make([]string, last-first+1)
	seen := map[string]bool{}
	for _, t := range toks {
		w := string(t.Term)
		i := t.Position - first
		if w == "" || terms[i] != "" || seen[w] {
			return nil
		}
		terms[i], seen[w] = w, true
	}
	return terms
}

// phraseQuery is a MatchPhraseQuery whose words are already analysed,
// searched by phraseSearcher. It is still a MatchPhraseQuery to the code
// that walks queries (markQuery), through the embedding.
type phraseQuery struct {
	*query.MatchPhraseQuery
	terms []string // see phraseTerms
	// anyPlace makes it match every document holding all the words,
	// marking only where they make the phrase: the pass that locates
	// the words of the shown hits, which only visits those documents.
	anyPlace bool
}

// Searcher implements query.Query.
func (q *phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	return newPhraseSearcher(ctx, r, q.terms, q.FieldVal, q.BoostVal.Value(), opts, q.anyPlace)
}

// phraseSearcher finds documents where the words of a phrase follow one
// another, as bleve's PhraseSearcher does with the same score (that of
// the conjunction of its words), but it checks the word positions where
// the conjunction left them instead of first building bleve's maps of
// locations for every document holding all the words. Those maps made
// two thirds of the allocations and half the CPU of a phrase of common
// words (person:"Donald Trump": 10,815 documents).
type phraseSearcher struct {
	must     search.Searcher // conjunction of the words, with their positions
	terms    []string
	anyPlace bool
	curr     *search.DocumentMatch
	started  bool
	// Scratch of keepPhrases, kept between documents.
	at   [][]int // by word, its locations' indexes
	next []int   // by word, its location in the phrase being checked
	keep []bool  // by location, whether it is part of a phrase
}

func newPhraseSearcher(ctx context.Context, r bindex.IndexReader, terms []string, field string, boost float64,
	opts search.SearcherOptions, anyPlace bool) (*phraseSearcher, error) {
	opts.IncludeTermVectors = true
	var words []search.Searcher
	for _, t := range terms {
		if t == "" {
			continue
		}
		s, err := searcher.NewTermSearcher(ctx, r, t, field, boost, opts)
		if err != nil {
			for _, s := range words {
				s.Close()
			}
			return nil, err
		}
		words = append(words, s)
	}
	must, err := searcher.NewConjunctionSearcher(ctx, r, words, opts)
	if err != nil {
		for _, s := range words {
			s.Close()
		}
		return nil, err
	}
	// The query norm as bleve's PhraseSearcher sets it, so scores agree.
	must.SetQueryNorm(1 / math.Sqrt(must.Weight()))
	return &phraseSearcher{must: must, terms: terms, anyPlace: anyPlace,
		at: make([][]int, len(terms)), next: make([]int, len(terms))}, nil
}

func (s *phraseSearcher) advance(ctx *search.SearchContext) (err error) {
	if s.curr != nil {
		ctx.DocumentMatchPool.Put(s.curr)
	}
	s.curr, err = s.must.Next(ctx)
	return err
}

// Next implements search.Searcher.
func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		s.started = true
		if err := s.advance(ctx); err != nil {
			return nil, err
		}
	}
	for s.curr != nil {
		var rv *search.DocumentMatch
		if s.keepPhrases(s.curr) || s.anyPlace {
			rv, s.curr = s.curr, nil
		}
		if err := s.advance(ctx); err != nil {
			return nil, err
		}
		if rv != nil {
			return rv, nil
		}
	}
	return nil, nil
}

// Advance implements search.Searcher.
func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.started {
		s.started = true
		if err := s.advance(ctx); err != nil {
			return nil, err
		}
	}
	if s.curr != nil {
		if s.curr.IndexInternalID.Compare(id) >= 0 {
			return s.Next(ctx)
		}
		ctx.DocumentMatchPool.Put(s.curr)
	}
	if s.curr == nil {
		return nil, nil
	}
	var err error
	if s.curr, err = s.must.Advance(ctx, id); err != nil {
		return nil, err
	}
	return s.Next(ctx)
}

// keepPhrases leaves in dm's locations only those of the words that make
// the phrase and reports whether there were any. A phrase is the first
// word at some position of a field value and each next one (or a stop
// word's gap) at the position after, in the same value, as bleve's
// findPhrasePaths has it without slop. Each word's locations are
// compared with the first word's only, as bleve's paths do.
func (s *phraseSearcher) keepPhrases(dm *search.DocumentMatch) bool {
	ftls := dm.FieldTermLocations
	for k := range s.at {
		s.at[k] = s.at[k][:0]
	}
	for i := range ftls {
		if k := slices.Index(s.terms, ftls[i].Term); k >= 0 {
			s.at[k] = append(s.at[k], i)
		}
	}
	if cap(s.keep) < len(ftls) {
		s.keep = make([]bool, len(ftls))
	}
	keep := s.keep[:len(ftls)]
	clear(keep)
	found := false
	for _, i := range s.at[0] {
		first := &ftls[i]
		whole := true
		for k := 1; k < len(s.terms) && whole; k++ {
			if s.terms[k] == "" {
				continue
			}
			s.next[k], whole = -1, false
			pos := first.Location.Pos + uint64(k)
			for _, j := range s.at[k] {
				l := &ftls[j]
				if l.Location.Pos == pos && l.Field == first.Field && l.Location.ArrayPositions.Equals(first.Location.ArrayPositions) {
					s.next[k], whole = j, true
					break
				}
			}
		}
		if !whole {
			continue
		}
		found, keep[i] = true, true
		for k := 1; k < len(s.terms); k++ {
			if s.terms[k] != "" {
				keep[s.next[k]] = true
			}
		}
	}
	// Swap, not copy, the kept locations to the front: each one owns its
	// ArrayPositions slice, which the match pool reuses by slot.
	n := 0
	for i := range ftls {
		if keep[i] {
			ftls[n], ftls[i] = ftls[i], ftls[n]
			n++
		}
	}
	dm.FieldTermLocations = ftls[:n]
	return found
}

// Weight implements search.Searcher.
func (s *phraseSearcher) Weight() float64 { return s.must.Weight() }

// SetQueryNorm implements search.Searcher.
func (s *phraseSearcher) SetQueryNorm(n float64) { s.must.SetQueryNorm(n) }

// Count implements search.Searcher: at most the documents with all words.
func (s *phraseSearcher) Count() uint64 { return s.must.Count() }

// Min implements search.Searcher.
func (s *phraseSearcher) Min() int { return 0 }

// Size implements search.Searcher.
func (s *phraseSearcher) Size() int { return s.must.Size() + 64 }

// Close implements search.Searcher.
func (s *phraseSearcher) Close() error { return s.must.Close() }

// DocumentMatchPoolSize implements search.Searcher.
func (s *phraseSearcher) DocumentMatchPoolSize() int { return s.must.DocumentMatchPoolSize() + 1 }
