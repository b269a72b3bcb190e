package aggregate

import (
	"strings"

	"storytui/internal/extract"
)

// A full name whose middle word is no given name ("Hillary Rodham
// Clinton", "Sarah Huckabee Sanders": a maiden name kept) may still be
// the person of the name without it, but it may as well be another
// ("John Bel Edwards" is no John Edwards). It joins that name when the
// articles say so: some article calls the one by the other ("Hillary
// Rodham Clinton ... Hillary Clinton said"), both names have the same
// leading role, or the shorter name is looseRatio times as common, so
// that the longer is a rare style of it.
// Like the other joins, this reads only keys of one surname.

// looseRatio is how many times as many articles the name without a
// loose middle needs to take it without an article saying so.
const looseRatio = 10

// looseForm is middleForm for a middle of words that are not all given
// names or initials: the key without them, and whether it has such a
// middle (neither a particle, which begins a surname, nor a number).
func looseForm(key string) (short, middle string, ok bool) {
	w := strings.Fields(key)
	end := len(w)
	for end > 2 && suffixWords[w[end-1]] {
		end--
	}
	if end < 3 {
		return "", "", false
	}
	for _, m := range w[1 : end-1] {
		if particles[m] || droppedArticles[m] || strings.ContainsAny(m, "0123456789") {
			return "", "", false
		}
	}
	if !isGivenWord(w[0]) {
		return "", "", false
	}
	return strings.Join(append([]string{w[0]}, w[end-1:]...), " "), strings.Join(w[1:end-1], " "), true
}

// anyMiddle is the middle words of a key, given names or not.
func anyMiddle(key string) string {
	if _, m := middleForm(key, nil); m != "" {
		return m
	}
	_, m, _ := looseForm(key)
	return m
}

func isGivenWord(w string) bool {
	return extract.IsGivenName(w) && !particles[w]
}

// looseJoin is the counted key the counted full key f, with a loose
// middle, joins; ok is false when it joins none.
func (t *Table) looseJoin(f int32) (int32, bool) {
	key := t.pool[f]
	short, middle, ok := looseForm(key)
	if !ok {
		return 0, false
	}
	s, ok := t.ids[short]
	if !ok || t.raw.get(s) == nil {
		return 0, false
	}
	a, b := t.raw.get(f), t.raw.get(s)
	if b.articles >= looseRatio*a.articles || echoMiddle(key, middle) {
		return s, true
	}
	return s, t.callsBy(a, short) || t.callsBy(b, key) || t.sameRole(a, b)
}

// sameRole reports whether the articles of a and b give their people
// the same role most often ("Judge Amy Coney Barrett", "Judge Amy
// Barrett"); Governor John Bel Edwards is no Senator John Edwards.
func (t *Table) sameRole(a, b *acc) bool {
	ra, rb := t.top(a.role), t.top(b.role)
	return ra != 0 && ra == rb
}

// callsBy reports whether some article of a calls its person by a name
// of key k, titles and all ("White House Press Secretary Sarah Sanders").
func (t *Table) callsBy(a *acc, k string) bool {
	for _, c := range a.aliases {
		ak := Key(t.pool[c.id])
		if ak == k || strings.HasSuffix(ak, " "+k) {
			return true
		}
	}
	return false
}
