package aggregate

import (
	"slices"
	"strings"
	"unicode/utf8"

	"storytui/internal/extract"
)

// A full name written with a middle name or initials ("Donald J. Trump",
// "James Brien Comey") is the person of the same name without them
// ("Donald Trump", "James Comey") when the table counts that shorter
// name and nothing makes the join doubtful: two middles that cannot be
// one person's ("George W. Bush", "George H. W. Bush") leave "George
// Bush" alone, since the table cannot tell which of them it means,
// unless one of them is too rare to be more than a slip (strayShare);
// nor does a name join one whose articles give another well attested
// role (rolesConflict: President John F. Kennedy, Senator John Kennedy).

// particles begin a surname rather than end a given name ("Ludwig van
// Beethoven", "Maria de la Cruz"), though some are given names too.
var particles = setOf("de", "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den",
	"la", "le", "van", "von", "ter", "ten", "al", "el", "bin", "ibn", "st", "y", "e")

// droppedArticles are particles that some styles leave out of the same
// name: "Bashar al-Assad" is AP's "Bashar Assad".
var droppedArticles = setOf("al", "el")

// middleForm splits a counted full key into the key without its middle
// words, written over buf, and those middle words. middle is "" when the
// key has none (two words and any suffixes), or when one of them is
// neither an initial nor a given name: "Sarah Isgur Flores" may not be
// a Sarah Flores. Suffixes stay ("donald j trump jr" -> "donald trump
// jr"), so a Jr. never joins his father.
func middleForm(key string, buf []byte) (short []byte, middle string) {
	if strings.IndexByte(key, ' ') == strings.LastIndexByte(key, ' ') {
		return buf, "" // two words at most, as most keys: the quick way out
	}
	end := len(key)
	for {
		i := strings.LastIndexByte(key[:end], ' ')
		if i <= 0 || end-i > 4 || !suffixWords[key[i+1:end]] { // no suffix is longer than 3 letters
			break
		}
		end = i
	}
	core := key[:end]
	first, last := strings.IndexByte(core, ' '), strings.LastIndexByte(core, ' ')
	if first <= 0 || first == last {
		return buf, ""
	}
	middle = core[first+1 : last]
	for w := range strings.SplitSeq(middle, " ") {
		if !isInitial(w) && !droppedArticles[w] && (!extract.IsGivenName(w) || particles[w]) {
			return buf, ""
		}
	}
	short = append(buf[:0], core[:first]...)
	short = append(short, core[last:]...)
	short = append(short, key[end:]...)
	return short, middle
}

// leadInitialForm is a key that opens with an initial before a given
// name and a surname ("j christopher stevens", "w todd akin jr") without
// that initial, as most styles write it; ok is false for any other key.
func leadInitialForm(key string) (short string, ok bool) {
	w := strings.Fields(key)
	end := len(w)
	for end > 3 && suffixWords[w[end-1]] {
		end--
	}
	if end != 3 || !isInitial(w[0]) || isInitial(w[1]) || !extract.IsGivenName(w[1]) || particles[w[1]] {
		return "", false
	}
	return strings.Join(w[1:], " "), true
}

// leadInitialJoin is the counted key a key with a leading initial joins:
// its name without the initial, or that name with a short form of its
// given name ("chris stevens"), when counted.
func (t *Table) leadInitialJoin(f int32) (int32, bool) {
	short, ok := leadInitialForm(t.pool[f])
	if !ok {
		return 0, false
	}
	if s, ok := t.ids[short]; ok && t.raw.get(s) != nil {
		return s, true
	}
	return t.shortGivenForm(short, t.keyInfo(f).surname, f)
}

// echoMiddle reports whether every middle word of key repeats its
// surname or is a short form of its given name: an extractor's slip
// ("Kamala Harris Harris") or a nickname in quotes ("Michael 'Mike'
// Flynn"), no middle name.
func echoMiddle(key, middle string) bool {
	if middle == "" {
		return false
	}
	first, _, _ := strings.Cut(key, " ")
	last, _ := surname(key)
	for w := range strings.SplitSeq(middle, " ") {
		if w != last && !slices.Contains(extract.FormalGiven(w), first) {
			return false
		}
	}
	return true
}

func allInitials(middle string) bool {
	for w := range strings.SplitSeq(middle, " ") {
		if !isInitial(w) {
			return false
		}
	}
	return true
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && r != utf8.RuneError && !('0' <= r && r <= '9')
}

// sameMiddle reports whether two middles can be one person's: as many
// words, each the same or an initial of the other ("j" and "john", "h w"
// and "herbert walker").
func sameMiddle(a, b string) bool {
	for {
		wa, ra, moreA := strings.Cut(a, " ")
		wb, rb, moreB := strings.Cut(b, " ")
		if wa != wb && !initialOf(wa, wb) && !initialOf(wb, wa) {
			return false
		}
		if moreA != moreB {
			return false
		}
		if !moreA {
			return true
		}
		a, b = ra, rb
	}
}

func initialOf(initial, word string) bool {
	return isInitial(initial) && strings.HasPrefix(word, initial)
}

// joins is which counted full keys join a shorter one.
type joins struct {
	to   map[int32]int32   // full key with middle words -> the key it joins
	from map[int32][]int32 // key joined -> the keys joining it
}

// entity is the key a full key's person is counted under.
func (j *joins) entity(f int32) int32 {
	if s, ok := j.to[f]; ok {
		return s
	}
	return f
}

// join makes key f, and every key that joined f, join target.
func (j *joins) join(f, target int32) {
	if j.to == nil {
		j.to, j.from = map[int32]int32{}, map[int32][]int32{}
	}
	j.to[f] = target
	j.from[target] = append(j.from[target], f)
	for _, v := range j.from[f] {
		j.to[v] = target
		j.from[target] = append(j.from[target], v)
	}
	delete(j.from, f)
}

// findJoins works out the joins among the counted full keys fs, which
// must hold every counted full key of each surname group it holds one
// of (a key and its shorter form share their surname, and two spellings
// of a name their group, so a group's keys decide its joins alone). The
// caller holds t.mu.
func (t *Table) findJoins(keys func(yield func(int32) bool)) *joins {
	// the keys are gone over five times: list them once
	list := slices.Collect(keys)
	fs := slices.Values(list)
	j := &joins{}
	var (
		buf  []byte
		cand map[int32][]int32 // shorter key -> the keys shortening to it
	)
	for f := range fs {
		var middle string
		buf, middle = middleForm(t.pool[f], buf)
		if middle == "" {
			if s, ok := t.looseJoin(f); ok {
				cand = addCand(cand, s, f)
			}
			continue
		}
		s, ok := t.ids[string(buf)] // no allocation: a lookup by bytes
		if !ok || t.raw.get(s) == nil {
			if s, ok = t.leadInitialJoin(f); ok {
				cand = addCand(cand, s, f) // "J. Christopher Stevens"
				continue
			}
			// "Joseph R. Biden" when only "Joe Biden" is counted; a full
			// middle name may be a namesake's ("Robert David Johnson"
			// is no "Bert Johnson")
			if !allInitials(middle) {
				continue
			}
			if s, ok = t.shortGivenForm(string(buf), t.keyInfo(f).surname, f); !ok {
				continue
			}
		}
		cand = addCand(cand, s, f)
	}
	for s, vs := range cand {
		vs = t.joiners(s, slices.DeleteFunc(vs, func(v int32) bool { return t.rolesConflict(v, s) }))
		if len(vs) == 0 {
			continue
		}
		if j.to == nil {
			j.to, j.from = map[int32]int32{}, map[int32][]int32{}
		}
		for _, v := range vs {
			j.to[v] = s
		}
		j.from[s] = vs
	}
	t.middlePairs(fs, j)
	// short forms of a given name, once the middle joins are known: a
	// formal key without middle words joins nothing itself
	for f := range fs {
		if _, joined := j.to[f]; joined {
			continue
		}
		target, ok := t.nicknameTarget(f)
		if !ok {
			continue
		}
		// "Jim N. Mattis" joined "Jim Mattis": both are James Mattis
		j.join(f, target)
	}
	t.suffixJoins(fs, j, cand)
	t.variantJoins(list, j)
	return j
}

// rolesConflict reports whether the articles of keys a and b give their
// people two well attested roles that those of the other seldom give:
// President John F. Kennedy is no Senator John Kennedy, while Charles E.
// Schumer, Senator and Minority Leader, is Chuck Schumer, and Robert S.
// Mueller III, Director in a few articles, the Special Counsel.
func (t *Table) rolesConflict(a, b int32) bool {
	x, y := t.raw.get(a), t.raw.get(b)
	rx, ry := t.top(x.role), t.top(y.role)
	if rx == 0 || ry == 0 || rx == ry {
		return false
	}
	nx, ny := x.role.total(), y.role.total()
	if nx < minConflictRoles || ny < minConflictRoles {
		return false
	}
	return float64(x.role.count(ry)) < conflictShare*float64(nx) && float64(y.role.count(rx)) < conflictShare*float64(ny)
}

// minConflictRoles is how many articles of each key must give a role for
// the roles to keep them apart, and conflictShare the share of them below
// which a key seldom gives the other's role.
const (
	minConflictRoles = 10
	conflictShare    = 0.2
)

// shortGivenForm is the counted key, of surname sn, that is the full key
// short (not counted itself, without middle words) with a short form of
// its given name: "joe biden" for "joseph biden", for the key from, whose
// people it must not give the other sex. ok is false unless
// exactly one such key is counted and no other formal form of its given
// name is ("ted kennedy" may be an Edward).
func (t *Table) shortGivenForm(short string, sn, from int32) (int32, bool) {
	first, rest, ok := strings.Cut(short, " ")
	if !ok || strings.Contains(rest, " ") && !suffixWords[rest[strings.LastIndexByte(rest, ' ')+1:]] {
		return 0, false
	}
	found, n := int32(0), 0
	for _, f := range t.bySurname[sn] {
		k := t.pool[f]
		if len(k) <= len(rest) || !strings.HasSuffix(k, rest) || k[len(k)-len(rest)-1] != ' ' {
			continue
		}
		nick := k[:len(k)-len(rest)-1]
		if strings.Contains(nick, " ") || !slices.Contains(extract.FormalGiven(nick), first) || t.otherSex(from, f) {
			continue
		}
		if _, other := t.nicknameTarget(f); other {
			return 0, false
		}
		found, n = f, n+1
	}
	return found, n == 1
}

// middlePairs joins, among the full keys of fs with middles that their
// counted shorter key did not take, each to the one most counted key
// whose middle can be its own ("George Herbert Walker Bush" to "George H. W. Bush", while
// "George Bush" stays apart, of two Georges), when that key is the only
// one it can be among those more counted.
func (t *Table) middlePairs(fs func(yield func(int32) bool), j *joins) {
	var (
		buf    []byte
		groups map[string][]int32
	)
	for f := range fs {
		if _, joined := j.to[f]; joined {
			continue
		}
		var middle string
		if buf, middle = middleForm(t.pool[f], buf); middle == "" {
			continue
		}
		if groups == nil {
			groups = map[string][]int32{}
		}
		groups[string(buf)] = append(groups[string(buf)], f)
	}
	for short, vs := range groups {
		if len(vs) < 2 {
			continue
		}
		// only under a short name counted but left apart, of two
		// people; without one, "J." need not be "Jerome"
		if s, ok := t.ids[short]; !ok || t.raw.get(s) == nil || len(j.from[s]) > 0 {
			continue
		}
		slices.SortFunc(vs, t.mostArticles)
		for i, v := range vs {
			_, mv := middleForm(t.pool[v], nil)
			to, n := int32(0), 0
			for _, l := range vs[:i] {
				if _, joined := j.to[l]; joined {
					continue
				}
				if _, ml := middleForm(t.pool[l], nil); sameMiddle(mv, ml) {
					to, n = l, n+1
				}
			}
			if n != 1 {
				continue // none, or "J." of both "James" and "John"
			}
			j.join(v, to)
		}
	}
}

func addCand(cand map[int32][]int32, s, f int32) map[int32][]int32 {
	if cand == nil {
		cand = map[int32][]int32{}
	}
	cand[s] = append(cand[s], f)
	return cand
}

// strayShare is the share of the articles of the keys shortening to one
// key, and of that key (mostly the leading middle's person's), below
// which a middle that cannot be the leading one's is taken for a slip or
// a namesake too rare to own the short name: one "Donald F.
// Trump" among a thousand "Donald J. Trump"s, or a lawyer "Paul S. Ryan"
// in 4 articles beside 107 of Speaker "Paul D. Ryan", should not keep
// the short name apart from the one the news means by it, while George
// H. W. Bush (a fifth of the George ... Bushes) keeps George W. Bush from
// taking "George Bush".
const strayShare = 0.05

// joiners picks, among the keys vs that shorten to one key, those that
// join it: the most counted one and every key whose middle can be its
// ("J." and "John"), when those can all be one person's and the rest
// have no more than strayShare of the articles; none otherwise. The
// rest stay apart.
func (t *Table) joiners(s int32, vs []int32) []int32 {
	if len(vs) < 2 {
		return vs
	}
	// a middle that only repeats the name ("Kamala Harris Harris",
	// "Michael 'Mike' Flynn"), or an initial before the given name ("J.
	// Christopher Stevens"), tells nothing: it goes with the others
	var plain, echo []int32
	for _, v := range vs {
		if _, lead := leadInitialForm(t.pool[v]); lead || echoMiddle(t.pool[v], anyMiddle(t.pool[v])) {
			echo = append(echo, v)
		} else {
			plain = append(plain, v)
		}
	}
	if len(echo) > 0 {
		if len(plain) == 0 {
			return vs
		}
		if plain = t.joiners(s, plain); plain == nil {
			return nil
		}
		return append(plain, echo...)
	}
	lead := vs[0]
	for _, v := range vs[1:] {
		if n, m := t.raw.get(v).articles, t.raw.get(lead).articles; n > m || n == m && t.pool[v] < t.pool[lead] {
			lead = v
		}
	}
	leadMid := anyMiddle(t.pool[lead])
	var (
		same   []int32
		mids   []string
		stray  int
		counts = t.raw.get(s).articles // the short name's own, mostly the leader's
	)
	for _, v := range vs {
		m := anyMiddle(t.pool[v])
		n := t.raw.get(v).articles
		counts += n
		if !sameMiddle(leadMid, m) {
			stray += n
			continue
		}
		for _, o := range mids {
			if !sameMiddle(o, m) {
				return nil // "J." is both "John" and "James"
			}
		}
		same, mids = append(same, v), append(mids, m)
	}
	if float64(stray) > strayShare*float64(counts) {
		return nil
	}
	return same
}

// mostArticles orders keys by their articles, most first, then by key.
func (t *Table) mostArticles(a, b int32) int {
	if n, m := t.raw.get(a).articles, t.raw.get(b).articles; n != m {
		return m - n
	}
	return strings.Compare(t.pool[a], t.pool[b])
}

// groupJoins is findJoins over the counted full keys of the surnames
// of group g.
func (t *Table) groupJoins(g int32) *joins {
	return t.findJoins(t.groupKeys(g))
}
