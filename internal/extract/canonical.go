package extract

import "strings"

// canonicalSpeakers gives a speaker left as a bare word the person of the
// people list it names: "Mr. King told" where "King" reads as a title
// (Rep. Peter King), a transcript label in capitals ("OBAMA:" for Barack
// Obama). Only a word that is exactly one person's surname, or a whole
// name, counts; "Clinton" with two Clintons stays as it is.
func (an *analysis) canonicalSpeakers() {
	for qi := range an.attrib {
		a := &an.attrib[qi]
		if a.person >= 0 || a.speaker == "" || strings.ContainsAny(a.speaker[:1], "abcdefghijklmnopqrstuvwxyz") {
			continue
		}
		if p := an.personNamed(strings.ToLower(a.speaker)); p >= 0 {
			a.person, a.speaker = p, an.people[p].name()
		}
	}
}

// personNamed returns the one person whose full name or surname is low
// (lower-cased), or -1.
func (an *analysis) personNamed(low string) int {
	found := -1
	for i := range an.people {
		p := an.people[i]
		if p.mentions == 0 || len(p.lows) == 0 {
			continue
		}
		if strings.Join(p.lows, " ") == low || p.lows[len(p.lows)-1] == low {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
