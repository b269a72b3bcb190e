package aggregate

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"storytui/internal/extract"
)

// Grouping thresholds. Two wordings of one speaker are one statement
// when they share 80% of the distinct words of the longer (and the
// longer has at least minOverlapWords, so two short remarks that differ
// in one word of four stay apart), or when one holds the other word for
// word and the shorter has at least minContainedWords.
const (
	overlapShare      = 0.8
	minOverlapWords   = 5
	minContainedWords = 8
)

// Quotes groups the quotes of arts, keying speakers as People does. See
// Table.Quotes.
func Quotes(arts []Article, personKey string) []Quote {
	t := NewTable()
	for i := range arts {
		t.Add(arts[i])
	}
	return t.Quotes(arts, personKey)
}

// Quotes groups the quotes of arts by speaker and statement, resolving
// speakers with the table (so a bare "Sessions" in one article is the
// Jeff Sessions of the corpus). personKey "" keeps every quote,
// descriptor and unknown speakers included; otherwise only the quotes of
// that person (a key, or any name Lookup resolves). The words one
// speaker said alike in several articles are one Quote with a Source
// per article; near-identical wordings join it as Variants with their
// word differences. Quotes come most widely carried first, then newest.
func (t *Table) Quotes(arts []Article, personKey string) []Quote {
	// A resolved table is never changed, only replaced: read it unlocked.
	t.mu.Lock()
	r := t.resolve()
	t.mu.Unlock()
	if personKey != "" {
		if k, ok := r.find(personKey); ok {
			personKey = k
		} else if k, ok := r.find(Key(personKey)); ok {
			personKey = k
		} else {
			personKey = Key(personKey)
		}
	}
	bySpeaker := map[string][]instance{}
	var order []string
	for ai := range arts {
		a := &arts[ai]
		recs, speaker := contribution(&a.Result)
		for _, q := range a.Result.Quotes {
			ent := ""
			if i := speaker(q.Speaker); i >= 0 {
				ent = recs[i].key
				if e, ok := r.find(ent); ok {
					ent = e
				}
			} else if q.Speaker != "" {
				ent = Key(q.Speaker)
				if e, ok := r.find(ent); ok {
					ent = e
				}
			}
			if personKey != "" && ent != personKey {
				continue
			}
			words := foldWords(q.Text)
			if len(words) == 0 {
				continue
			}
			if _, ok := bySpeaker[ent]; !ok {
				order = append(order, ent)
			}
			bySpeaker[ent] = append(bySpeaker[ent], instance{art: a, q: q, words: words})
		}
	}
	names := map[string]string{}
	for _, ent := range order {
		if i, ok := r.byKey[ent]; ok {
			names[ent] = r.people[i].Name
		}
	}

	var out []Quote
	for _, ent := range order {
		out = append(out, groupQuotes(bySpeaker[ent], names[ent])...)
	}
	slices.SortStableFunc(out, func(a, b Quote) int {
		return cmp.Or(
			cmp.Compare(len(b.Sources), len(a.Sources)),
			compareNewest(a.Sources[0].Date, b.Sources[0].Date),
			strings.Compare(a.Speaker, b.Speaker),
			strings.Compare(a.Text, b.Text),
		)
	})
	return out
}

// instance is one quote in one article.
type instance struct {
	art   *Article
	q     extract.Quote
	words []string // folded
}

// wording is every instance of one folded text.
type wording struct {
	fold     string
	words    []string
	set      []string // distinct words, rarest first
	insts    []instance
	articles int // distinct articles
	text     string
}

// groupQuotes groups the instances of one speaker; name is the
// speaker's display name ("" to use the most common spelling).
func groupQuotes(insts []instance, name string) []Quote {
	byFold := map[string]*wording{}
	var ws []*wording
	for _, in := range insts {
		f := strings.Join(in.words, " ")
		w := byFold[f]
		if w == nil {
			w = &wording{fold: f, words: in.words}
			byFold[f] = w
			ws = append(ws, w)
		}
		w.insts = append(w.insts, in)
	}
	df := map[string]int{}
	for _, w := range ws {
		seen := map[*Article]bool{}
		texts := map[string]int{}
		for _, in := range w.insts {
			if !seen[in.art] {
				seen[in.art] = true
				w.articles++
			}
			texts[in.q.Text]++
		}
		w.text = mostCommon(texts)
		w.set = distinct(w.words)
		for _, x := range w.set {
			df[x]++
		}
	}
	for _, w := range ws {
		slices.SortFunc(w.set, func(a, b string) int { return cmp.Or(cmp.Compare(df[a], df[b]), strings.Compare(a, b)) })
	}
	// Leaders first: the wording most articles carry, then the longest.
	slices.SortFunc(ws, func(a, b *wording) int {
		return cmp.Or(
			cmp.Compare(b.articles, a.articles),
			cmp.Compare(len(b.words), len(a.words)),
			strings.Compare(a.fold, b.fold),
		)
	})
	var (
		clusters [][]*wording
		prefix   = map[string][]int{} // rare words of each leader -> cluster
		all      = map[string][]int{} // every word of each leader -> cluster
	)
	for _, w := range ws {
		c := findCluster(w, clusters, prefix, all)
		if c >= 0 {
			clusters[c] = append(clusters[c], w)
			continue
		}
		c = len(clusters)
		clusters = append(clusters, []*wording{w})
		for _, x := range w.set[:prefixLen(len(w.set))] {
			prefix[x] = append(prefix[x], c)
		}
		for _, x := range w.set {
			all[x] = append(all[x], c)
		}
	}
	out := make([]Quote, 0, len(clusters))
	for _, c := range clusters {
		out = append(out, makeQuote(c, name))
	}
	return out
}

// prefixLen is how many of a wording's rarest words must include one
// that a wording sharing 80% of the words also has (prefix filtering).
func prefixLen(n int) int {
	need := int(overlapShare*float64(n) + 0.999999)
	return min(n, n-need+1)
}

// findCluster is the first cluster whose leader w is near, or -1. Only
// leaders sharing one of w's words are compared: those with one of w's
// words among their rarest (overlap, or the leader inside w), and those
// holding w's rarest word (w inside the leader).
func findCluster(w *wording, clusters [][]*wording, prefix, all map[string][]int) int {
	cand := map[int]bool{}
	for _, x := range w.set {
		for _, c := range prefix[x] {
			cand[c] = true
		}
	}
	if len(w.set) > 0 {
		for _, c := range all[w.set[0]] {
			cand[c] = true
		}
	}
	best := -1
	for c := range cand {
		if (best < 0 || c < best) && near(clusters[c][0], w) {
			best = c
		}
	}
	return best
}

// near reports whether two wordings are one statement.
func near(a, b *wording) bool {
	long, short := a, b
	if len(short.words) > len(long.words) {
		long, short = short, long
	}
	if len(short.words) >= minContainedWords && strings.Contains(" "+long.fold+" ", " "+short.fold+" ") {
		return true
	}
	n := max(len(a.set), len(b.set))
	if n < minOverlapWords {
		return false
	}
	common := 0
	in := make(map[string]bool, len(long.set))
	for _, x := range long.set {
		in[x] = true
	}
	for _, x := range short.set {
		if in[x] {
			common++
		}
	}
	return float64(common) >= overlapShare*float64(n)
}

// makeQuote turns a cluster (leader first) into a Quote.
func makeQuote(c []*wording, name string) Quote {
	lead := c[0]
	q := Quote{Text: lead.text, Speaker: name}
	speakers := map[string]int{}
	seen := map[string]bool{}
	for wi, w := range c {
		var ids []string
		q.Copies += len(w.insts)
		for _, in := range w.insts {
			speakers[in.q.Speaker]++
			if in.q.Kind == "direct" || q.Kind == "" {
				q.Kind = in.q.Kind
			}
			if !slices.Contains(ids, in.art.ID) {
				ids = append(ids, in.art.ID)
			}
			if seen[in.art.ID] {
				continue
			}
			seen[in.art.ID] = true
			q.Sources = append(q.Sources, makeSource(in))
		}
		if wi > 0 {
			sortNewestIDs(ids, w.insts)
			q.Variants = append(q.Variants, Variant{Text: w.text, Diff: Diff(lead.text, w.text), Sources: ids})
		}
	}
	if q.Speaker == "" {
		q.Speaker = mostCommon(speakers)
	}
	sortSources(q.Sources)
	return q
}

func makeSource(in instance) Source {
	s := in.art.source()
	s.Text = in.q.Text
	if st, en, ok := locate(in.art.Text, in.q.Text, in.q.Start, in.q.End); ok {
		s.Start, s.End = st, en
		s.Context = Context(in.art.Text, st, en)
	}
	return s
}

// sortSources orders newest first; undated last; then by article id.
func sortSources(s []Source) {
	slices.SortStableFunc(s, func(a, b Source) int {
		return cmp.Or(compareNewest(a.Date, b.Date), strings.Compare(a.ArticleID, b.ArticleID))
	})
}

func sortNewestIDs(ids []string, insts []instance) {
	dates := map[string]time.Time{}
	for _, in := range insts {
		dates[in.art.ID] = in.art.Date
	}
	slices.SortStableFunc(ids, func(a, b string) int {
		return cmp.Or(compareNewest(dates[a], dates[b]), strings.Compare(a, b))
	})
}

// compareNewest orders later dates first and unknown (zero) dates last.
func compareNewest(a, b time.Time) int {
	switch {
	case a.Equal(b):
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.After(b):
		return -1
	}
	return 1
}

// mostCommon is the most counted string; ties go to the longest, then
// the first in byte order.
func mostCommon(m map[string]int) string {
	best, bestN := "", 0
	for s, n := range m {
		if n > bestN || n == bestN && (len(s) > len(best) || len(s) == len(best) && s < best) {
			best, bestN = s, n
		}
	}
	return best
}

func distinct(words []string) []string {
	seen := make(map[string]bool, len(words))
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
