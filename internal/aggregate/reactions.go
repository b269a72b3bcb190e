package aggregate

import (
	"cmp"
	"slices"
	"strings"
)

// stanceOrder is the order reactions are listed in: calls to act first,
// then criticism, support, denials, and the rest.
var stanceOrder = map[string]int{"demands": 0, "criticizes": 1, "supports": 2, "denies": 3, "neutral": 4}

// Reactions lists the reactions of every article with the article they
// come from, grouped by stance (demands, criticizes, supports, denies,
// neutral, then any other), newest first within a stance, then by
// article id and the article's own order. Source.Start and End locate
// the reaction's words in the article text when they are found there.
func Reactions(arts []Article) []Reaction {
	type item struct {
		r   Reaction
		idx int
	}
	var items []item
	for ai := range arts {
		a := &arts[ai]
		for _, re := range a.Result.Reactions {
			src := a.source()
			src.Text = re.Quote
			if st, en, ok := locate(a.Text, re.Quote, -1, -1); ok {
				src.Start, src.End = st, en
			}
			items = append(items, item{Reaction{
				Who: re.Who, Role: re.Role, Party: re.Party,
				Stance: re.Stance, Action: re.Action, Quote: re.Quote,
				Source: src,
			}, len(items)})
		}
	}
	slices.SortFunc(items, func(a, b item) int {
		return cmp.Or(
			cmp.Compare(stanceRank(a.r.Stance), stanceRank(b.r.Stance)),
			compareNewest(a.r.Source.Date, b.r.Source.Date),
			strings.Compare(a.r.Source.ArticleID, b.r.Source.ArticleID),
			cmp.Compare(a.idx, b.idx),
		)
	})
	out := make([]Reaction, len(items))
	for i, it := range items {
		out[i] = it.r
	}
	return out
}

func stanceRank(s string) int {
	if r, ok := stanceOrder[s]; ok {
		return r
	}
	return len(stanceOrder)
}
