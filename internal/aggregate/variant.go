package aggregate

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A name spelt two ways across the corpus ("Volodymyr Zelenskiy" and
// "Volodymyr Zelensky", "Sergey" and "Sergei Kislyak", a slip such as
// "Reince Preibus" or "Diane Feinstein") is one person when the two
// spellings differ only in vowels and doubled letters (variantKey) and
// by at most two letters, give their people the same sex, and either
// give them the same leading role (or the rarer's is one a tenth of the
// other's articles with a role give: "Press Secretary Josh Ernest" is
// the spokesman Josh Earnest) or the rarer has no role, the other
// looseRatio times its articles, and they differ by one letter (see
// variantOf). That one article names both is no sign of two people: of
// the 33 such pairs of allsides-10k, 29 were one person's name with a
// slip the extractor kept apart ("Lindsay Graham" beside "Lindsey
// Graham"), and the others differ in sex or articles; such an article
// counts once (Table.vco). Michael Steel the spokesman is no Michael Steele the
// party chairman, and Rep. Tom Price no Rep. Tom Rice (whose first
// letters differ). The rarer spelling joins the person of the more
// common one.
//
// Two such surnames ("zelensky", "zelenskiy") share a group (surnameGroup),
// and the joins are worked out from the keys of a whole group, as the
// other joins are from the keys of one surname: reresolve redoes the
// entities of every surname of a changed key's group.

// maxVariantEdits is how many letters two spellings of a name may differ
// by (a transposition counting as one).
const maxVariantEdits = 2

// minSkeleton is the length a surname's skeleton needs to share a group
// with other surnames: "Lee", "Lew" and "Low" stay apart.
const minSkeleton = 3

// skeleton is a folded word without its vowels (after the first letter),
// with runs of one letter written once and without a final s after
// three letters: "zelenskiy" -> "zlnsk", "priebus" and "preibus" ->
// "prb", "dianne" -> "dn", "trumps" -> "trmp".
func skeleton(w string) string {
	return string(appendSkeleton(make([]byte, 0, len(w)), w))
}

// appendSkeleton appends the skeleton of w to b.
func appendSkeleton(b []byte, w string) []byte {
	start := len(b)
	var last rune
	for i, r := range w {
		if i > 0 && strings.ContainsRune("aeiouy", r) {
			last = 0
			continue
		}
		if r == last {
			continue
		}
		b = utf8.AppendRune(b, r)
		last = r
	}
	// without a final s, as of a possessive or plural the extractor
	// kept ("Trumps", "Comeys") or a slip ("John Robert" for Roberts)
	if len(b)-start > 3 && b[len(b)-1] == 's' {
		b = b[:len(b)-1]
	}
	return b
}

// surnameGroup is the group key of a surname: "~" and its skeleton, or
// "~" and the surname itself when the skeleton is too short to tell
// names apart. The "~" keeps group keys apart from name keys in the
// pool.
func surnameGroup(s string) string {
	if sk := skeleton(s); len(sk) >= minSkeleton {
		return "~" + sk
	}
	return "~" + s
}

// variantKey is what two spellings of one full key share: the
// skeletons of its words before any suffixes, and the suffixes ("Ruth
// Bader Ginsberg" and "Ginsburg" alike); "" for a key without a given
// name.
func variantKey(key string) string {
	w := strings.Fields(key)
	end := len(w)
	for end > 2 && suffixWords[w[end-1]] {
		end--
	}
	if end < 2 || len(skeleton(w[end-1])) < minSkeleton {
		return ""
	}
	b := make([]byte, 0, len(key))
	for i, x := range w {
		if i > 0 {
			b = append(b, ' ')
		}
		if i < end {
			b = appendSkeleton(b, x)
		} else {
			b = append(b, x...)
		}
	}
	return string(b)
}

// editsWithin reports whether a and b differ by at most max letters
// inserted, deleted, changed or swapped with the next (optimal string
// alignment distance).
func editsWithin(a, b string, max int) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return false
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)] <= max
}

// variantPair orders the keys of a pair for Table.vco.
func variantPair(a, b int32) [2]int32 {
	if a > b {
		a, b = b, a
	}
	return [2]int32{a, b}
}

// sameVariant reports whether the counted full keys a and b are two
// spellings that may be one person's (their variantKey is the same);
// apply counts the articles naming both, which merge counts once.
func (t *Table) sameVariant(a, b int32) bool {
	if a == b || t.keyInfo(a).group != t.keyInfo(b).group {
		return false
	}
	va := t.variantKeyOf(a)
	return va != "" && va == t.variantKeyOf(b)
}

// variantOf reports whether the counted full key v, of no more articles
// than l, is a spelling of l's name. Without a role to agree on, the
// spellings may differ by one letter, and not in a given name shorter
// than minLooseGiven letters (Mitt Romney's son is Matt, and Tom Rath no
// Tim Roth), or by two in a long surname.
func (t *Table) variantOf(v, l int32) bool {
	kv, kl := t.pool[v], t.pool[l]
	if !editsWithin(kv, kl, maxVariantEdits) || t.otherSex(v, l) {
		return false
	}
	a, b := t.raw.get(v), t.raw.get(l)
	rv, rl := t.top(a.role), t.top(b.role)
	if rv != 0 {
		n := b.role.count(rv)
		return rv == rl || n > 0 && n*minVariantRoleShare >= b.role.total()
	}
	if b.articles < looseRatio*a.articles {
		return false
	}
	gv, sv, _ := strings.Cut(kv, " ")
	gl, _, _ := strings.Cut(kl, " ")
	if !editsWithin(kv, kl, 1) {
		// a long surname may lose two letters ("Veselnitska")
		return gv == gl && len(sv) >= minLongSurname
	}
	return gv == gl || min(len(gv), len(gl)) >= minLooseGiven
}

// minLongSurname is how long a surname must be for a spelling two
// letters off to join without a role: "Stephanopolous" is George
// Stephanopoulos, "McKeon" another than "McKenna".
const minLongSurname = 8

// minVariantRoleShare: a rarer spelling's leading role must be given by
// one in minVariantRoleShare of the other's articles with a role.
const minVariantRoleShare = 10

// minLooseGiven is how long two given names differing by a letter must
// be for the names to join without a role: "Kelli" and "Kelly" may be
// one woman, "Jan" and "Joan" are two.
const minLooseGiven = 5

// variantJoins joins, among the full keys fs, each that no other
// join took to the entity of the most counted key it
// is a spelling of, after the other joins j.
func (t *Table) variantJoins(fs []int32, j *joins) {
	if len(fs) < 2 {
		return
	}
	// Two spellings share their group and the first letter of every word
	// (a skeleton keeps it). fs holds every counted full key of its
	// groups (see findJoins), so a key alone in fs with its group and
	// initials has no other spelling: most are, and need no variantKey.
	type shaped struct {
		group    int32
		initials uint64
		key      int32
	}
	byShape := make([]shaped, len(fs))
	for i, f := range fs {
		byShape[i] = shaped{t.keyInfo(f).group, initials(t.pool[f]), f}
	}
	slices.SortFunc(byShape, func(a, b shaped) int {
		return cmp.Or(cmp.Compare(a.group, b.group), cmp.Compare(a.initials, b.initials), cmp.Compare(a.key, b.key))
	})
	var buckets map[string][]int32
	for i, x := range byShape {
		same := func(k int) bool {
			return k >= 0 && k < len(byShape) && byShape[k].group == x.group && byShape[k].initials == x.initials
		}
		if !same(i-1) && !same(i+1) {
			continue
		}
		vk := t.variantKeyOf(x.key)
		if vk == "" {
			continue
		}
		if buckets == nil {
			buckets = map[string][]int32{}
		}
		buckets[vk] = append(buckets[vk], x.key)
	}
	for _, vs := range buckets {
		if len(vs) < 2 {
			continue
		}
		slices.SortFunc(vs, t.mostArticles)
		for i, v := range vs {
			if _, joined := j.to[v]; joined || i == 0 {
				continue
			}
			for _, l := range vs[:i] {
				target := j.entity(l)
				if target == v || !t.variantOf(v, l) {
					continue
				}
				j.join(v, target)
				break
			}
		}
	}
}

// initials packs the number of words of key and the first byte of each
// of its first seven words.
func initials(key string) uint64 {
	var sig uint64
	n, start := uint64(0), true
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			start = true
			continue
		}
		if start {
			if n < 7 {
				sig = sig<<8 | uint64(key[i])
			}
			n++
			start = false
		}
	}
	return sig<<8 | n
}

// groupKeys yields the counted full keys of every surname of group g.
func (t *Table) groupKeys(g int32) func(yield func(int32) bool) {
	return func(yield func(int32) bool) {
		for _, s := range t.byGroup[g] {
			for _, f := range t.bySurname[s] {
				if !yield(f) {
					return
				}
			}
		}
	}
}
