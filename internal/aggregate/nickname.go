package aggregate

import (
	"strings"

	"storytui/internal/extract"
)

// A full name whose given name is a common short form ("Jim Mattis",
// "Bill Clinton") is the person of the formal form ("James Mattis",
// "William Clinton") when the table counts exactly one such formal key,
// or one with all but nicknameStray of their articles.
// Both keys share the surname, so, like the middle-name joins, a
// surname's keys decide these joins alone.

// nicknameTarget is the counted full key the counted full key f joins as
// a short form of its given name; ok is false when it joins none. Only a
// key without middle words joins, and only a key without them: "Jim N.
// Mattis" goes by its middle first. The caller holds t.mu.
func (t *Table) nicknameTarget(f int32) (int32, bool) {
	key := t.pool[f]
	first, rest, ok := strings.Cut(key, " ")
	if !ok {
		return 0, false
	}
	formals := extract.FormalGiven(first) // most given names have none
	if len(formals) == 0 {
		return 0, false
	}
	if _, middle := middleForm(key, nil); middle != "" {
		return 0, false
	}
	target, found := int32(0), false
	best, total := 0, 0
	role := t.top(t.raw.get(f).role)
	byRole, sameRole := int32(0), 0 // the formal keys leading with f's role
	for _, formal := range formals {
		id, ok := t.ids[formal+" "+rest]
		if !ok || id == f || t.raw.get(id) == nil || !t.keyInfo(id).full || t.otherSex(f, id) {
			continue
		}
		n := t.raw.get(id).articles
		total += n
		if !found || n > best || n == best && formal < t.pool[target] {
			target, found, best = id, true, n
		}
		if role != 0 && t.top(t.raw.get(id).role) == role {
			byRole, sameRole = id, sameRole+1
		}
	}
	if float64(total-best) > nicknameStray*float64(total) {
		// "ted": both an Edward and a Theodore, unless one has its role
		// (Commissioner Steve Miller is Commissioner Steven Miller, not
		// the adviser Stephen Miller)
		if sameRole == 1 {
			return byRole, true
		}
		return 0, false
	}
	return target, found
}

// nicknameStray is the share of the articles of the formal forms of a
// short given name counted with one surname below which the others are
// taken for slips: "Stephen Mnuchin" in 2 articles beside 89 "Steven
// Mnuchin"s leaves "Steve Mnuchin" to the latter.
const nicknameStray = 0.1

// otherSex reports whether the articles of keys a and b give their
// people different sexes most often: "Chris Matthews" (he) is no
// "Christine Matthews" (she).
func (t *Table) otherSex(a, b int32) bool {
	ga, gb := t.top(t.raw.get(a).gender), t.top(t.raw.get(b).gender)
	return ga != 0 && gb != 0 && ga != gb
}
