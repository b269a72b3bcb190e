package ui

import (
	"strings"
	"unicode"

	"storytui/internal/index"
)

// queriedPeople reads the names a query asks for in its person: and
// speaker: clauses (personClause): `person:"jane roe" oil` gives people
// ["jane roe"]. Excluded clauses (-person:x) are left out.
func queriedPeople(q string) (people, speakers []string) {
	for _, m := range personClause.FindAllStringSubmatch(q, -1) {
		name := strings.ToLower(strings.TrimSpace(m[2] + m[3]))
		if name == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(m[1]), "speaker") {
			speakers = append(speakers, name)
		} else {
			people = append(people, name)
		}
	}
	return people, speakers
}

// namesPerson reports whether a person named name in an article is the
// one a query asks for by want (lower case): every word of want is a word
// of the name, in order ("james baker" is James A. Baker III), or the
// article gives only a surname that ends want ("Baker").
func namesPerson(name, want string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
		})
	}
	have, words := split(name), split(want)
	if len(have) == 0 || len(words) == 0 {
		return false
	}
	if len(have) == 1 {
		return have[0] == words[len(words)-1]
	}
	i := 0
	for _, w := range have {
		if i < len(words) && w == words[i] {
			i++
		}
	}
	return i == len(words)
}

// personMarks are the places of a shown article a person: or speaker:
// query asks for: the names of the person, and the quotes of the
// speaker. bleve finds those articles by fields that are not the text,
// so it marks nothing in it, and a name at the end of a long article
// had to be looked for by scrolling.
func personMarks(query string, a annotated) []index.Span {
	people, speakers := queriedPeople(query)
	if len(people)+len(speakers) == 0 {
		return nil
	}
	asked := func(name string, wants []string) bool {
		for _, w := range wants {
			if namesPerson(name, w) {
				return true
			}
		}
		return false
	}
	var out []index.Span
	for _, e := range a.ents {
		if e.kind == annName && asked(e.person, people) || e.kind == annQuote && asked(e.person, speakers) {
			out = append(out, index.Span{Start: e.start, End: e.end})
		}
	}
	return out
}
