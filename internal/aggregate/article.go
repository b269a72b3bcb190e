package aggregate

import (
	"time"

	"storytui/internal/extract"
)

// Article is what aggregation reads of one article: where it was
// published and what was extracted from its text.
type Article struct {
	ID       string
	Title    string
	Outlet   string
	DateText string
	URL      string
	Text     string // the text the extraction's byte offsets refer to
	Date     time.Time
	Result   extract.Result
}

// source is the Source of a, without the quote-specific fields.
func (a *Article) source() Source {
	return Source{
		ArticleID: a.ID,
		Title:     a.Title,
		Outlet:    a.Outlet,
		Date:      a.Date,
		DateText:  a.DateText,
		URL:       a.URL,
	}
}

// record is what one article contributes to one person: everything it
// says about the people whose names share one key.
type record struct {
	key, name                       string
	aliases                         []string
	role, aff, party, state, gender string
	mentions, quotes                int
}

// contribution lists the people of one extraction, one record per key
// (an article that names a person twice under forms with the same key
// counts once), and a function mapping a quote's speaker to its record.
func contribution(r *extract.Result) (recs []record, speaker func(string) int) {
	byKey := make(map[string]int, len(r.People))
	for _, p := range r.People {
		k := Key(p.Name)
		if k == "" {
			continue
		}
		i, ok := byKey[k]
		if !ok {
			i = len(recs)
			byKey[k] = i
			recs = append(recs, record{key: k, name: p.Name})
		}
		rec := &recs[i]
		if p.Name != rec.name {
			rec.aliases = appendNew(rec.aliases, p.Name)
		}
		for _, al := range p.Aliases {
			if al != rec.name {
				rec.aliases = appendNew(rec.aliases, al)
			}
		}
		rec.mentions += p.Mentions
		fillEmpty(&rec.role, p.Role)
		fillEmpty(&rec.aff, p.Affiliation)
		fillEmpty(&rec.party, p.Party)
		fillEmpty(&rec.state, p.State)
		fillEmpty(&rec.gender, p.Gender)
	}
	// Speakers are canonical names; aliases are a fallback for
	// extractions that name a speaker otherwise.
	byAlias := map[string]int{}
	for i := range recs {
		for _, al := range recs[i].aliases {
			k := Key(al)
			if _, ok := byKey[k]; !ok {
				if _, ok := byAlias[k]; !ok {
					byAlias[k] = i
				}
			}
		}
	}
	speaker = func(name string) int {
		if name == "" {
			return -1
		}
		k := Key(name)
		if i, ok := byKey[k]; ok {
			return i
		}
		if i, ok := byAlias[k]; ok {
			return i
		}
		return -1
	}
	for _, q := range r.Quotes {
		if i := speaker(q.Speaker); i >= 0 {
			recs[i].quotes++
		}
	}
	return recs, speaker
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func fillEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
