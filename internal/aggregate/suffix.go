package aggregate

import (
	"strings"
)

// A name with a generational suffix ("Joseph R. Biden Jr.", "Joe Manchin
// III") is the person of the same name without it ("Joe Biden", "Joe
// Manchin") when the table counts that name, nothing else claims it, and
// no article names the two as two people: "Donald Trump Jr." and "Donald
// Trump" share most of the Jr.'s articles, "Eric H. Holder Jr." and
// "Eric Holder" none, since a paper writes one style or the other. Both
// keys share their surname, and so do the articles that name both
// (Table.co), so a surname's keys decide these joins alone too.

// joinSuffixes are the suffixes a name drops in other styles; a "Sr." is
// named so to tell him from a son, and stays.
var joinSuffixes = setOf("jr", "ii", "iii", "iv")

// splitSuffix cuts the trailing join suffixes off a full key:
// "joseph r biden jr" -> "joseph r biden", "jr". suffix is "" when the
// key has none, or nothing but a surname before them.
func splitSuffix(key string) (base, suffix string) {
	end := len(key)
	for {
		i := strings.LastIndexByte(key[:end], ' ')
		if i <= 0 || !joinSuffixes[key[i+1:end]] {
			break
		}
		end = i
	}
	if end == len(key) || !strings.Contains(key[:end], " ") {
		return key, ""
	}
	return key[:end], key[end+1:]
}

// hasJoinSuffix reports whether a full key ends in a join suffix.
func hasJoinSuffix(key string) bool {
	_, s := splitSuffix(key)
	return s != ""
}

// maxSharedShare: a suffixed name joins the unsuffixed person only when
// at most this share of its articles also name that person apart, as
// the extractor's slips do now and then.
const maxSharedShare = 0.1

// suffixJoins joins each suffixed full key of fs that joins nothing yet
// (with the keys joining it) to the entity of its name without the
// suffix, after the middle-name and nickname joins j, whose candidates
// cand (shorter key -> the keys shortening to it) tell a short name
// that is ambiguous. Two suffixes taking one name ("Jr." and "III") keep
// it only for the one with all but strayShare of their articles.
func (t *Table) suffixJoins(fs func(yield func(int32) bool), j *joins, cand map[int32][]int32) {
	type claim struct {
		f, to  int32
		suffix string
		n      int
	}
	var claims []claim
	for f := range fs {
		if _, joined := j.to[f]; joined {
			continue
		}
		base, suffix := splitSuffix(t.pool[f])
		if suffix == "" {
			continue
		}
		to, ok := t.unsuffixed(base, f, j, cand)
		if !ok {
			continue
		}
		members := append([]int32{to}, j.from[to]...)
		n, shared := 0, 0
		for _, v := range append([]int32{f}, j.from[f]...) {
			n += t.raw.get(v).articles
			for _, m := range members {
				shared += t.co[[2]int32{v, m}]
			}
		}
		if float64(shared) > maxSharedShare*float64(n) {
			continue // "Donald Trump Jr." beside his father
		}
		claims = append(claims, claim{f, to, suffix, n})
	}
	for _, c := range claims {
		// the suffixes claiming c.to, by articles
		bySuffix, total := map[string]int{}, 0
		for _, o := range claims {
			if o.to == c.to {
				bySuffix[o.suffix] += o.n
				total += o.n
			}
		}
		if float64(total-bySuffix[c.suffix]) > strayShare*float64(total) {
			continue // "Martin Luther King Jr." and "III" alike
		}
		j.join(c.f, c.to)
	}
}

// unsuffixed is the entity, under the joins j, of the name base (the full
// key f without its suffix): base's own when it is counted;
// else that of base without its middle words ("eric h holder" -> "eric
// holder"), or with a short form of its given name ("joseph biden" ->
// "joe biden"), when that is counted and unambiguous: every key joining
// it has a middle base's can be, and one joins it if any shortens to it.
func (t *Table) unsuffixed(base string, f int32, j *joins, cand map[int32][]int32) (int32, bool) {
	if id, ok := t.ids[base]; ok && t.raw.get(id) != nil {
		return j.entity(id), true
	}
	short, mid := middleForm(base, nil)
	if mid == "" {
		short = []byte(base)
	}
	s, ok := t.ids[string(short)]
	if !ok || t.raw.get(s) == nil {
		if s, ok = t.shortGivenForm(string(short), t.keyInfo(f).surname, f); !ok {
			return 0, false
		}
	}
	if mid != "" {
		joined := false
		for _, v := range cand[s] {
			if j.entity(v) != j.entity(s) {
				continue
			}
			joined = true
			if _, m := middleForm(t.pool[v], nil); !sameMiddle(mid, m) {
				return 0, false
			}
		}
		if len(cand[s]) > 0 && !joined {
			return 0, false // "George Bush", of two middles
		}
	}
	return j.entity(s), true
}
