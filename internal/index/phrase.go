package index

import (
	"github.com/blevesearch/bleve/v2/search/query"
)

// plainPhrases turns the phrases of q that analyse to a single word
// ("the people of" is "people" once stop words are gone) into that
// word's term query. Both match the same documents, but a phrase reads
// the positions of the word in every one of them, the slowest searches
// of the benchmark (a common word: 10-16 ms of CPU at 20k articles,
// against 1 ms as a term). q is changed in place; the result replaces it.
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
		if t.Fuzziness != 0 || t.FieldVal == "" {
			return q
		}
		m := ix.bi.Mapping()
		name := t.Analyzer
		if name == "" {
			name = m.AnalyzerNameForPath(t.FieldVal)
		}
		a := m.AnalyzerNamed(name)
		if a == nil {
			return q
		}
		toks := a.Analyze([]byte(t.MatchPhrase))
		if len(toks) != 1 {
			return q
		}
		term := query.NewTermQuery(string(toks[0].Term))
		term.SetField(t.FieldVal)
		term.SetBoost(t.BoostVal.Value())
		return term
	}
	return q
}
