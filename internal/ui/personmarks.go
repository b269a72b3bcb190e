package ui

import (
	"strings"
	"unicode"

	"storytui/internal/index"
)

// queriedPeople reads the names a query asks for in its person: and
// speaker: terms (and their plurals): `person:"james baker" oil` gives
// people ["james baker"]. Excluded terms (-person:x) are left out.
func queriedPeople(q string) (people, speakers []string) {
	for i := 0; i < len(q); {
		if q[i] == ' ' {
			i++
			continue
		}
		start := i
		// the term: a quoted value runs to its closing quote
		for i < len(q) && q[i] != ' ' {
			if q[i] == '"' {
				if j := strings.IndexByte(q[i+1:], '"'); j >= 0 {
					i += j + 1
				} else {
					i = len(q) - 1
				}
			}
			i++
		}
		term := q[start:i]
		if strings.HasPrefix(term, "-") {
			continue
		}
		field, value, ok := strings.Cut(strings.TrimPrefix(term, "+"), ":")
		value = strings.ToLower(strings.TrimSpace(strings.Trim(value, `"`)))
		if !ok || value == "" {
			continue
		}
		switch strings.ToLower(field) {
		case "person", "people", "persons":
			people = append(people, value)
		case "speaker", "speakers":
			speakers = append(speakers, value)
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
