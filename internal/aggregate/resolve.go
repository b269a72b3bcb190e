package aggregate

import (
	"cmp"
	"slices"
	"strings"
)

// resolved is the table merged into entities: a full name with middle
// names or initials joins the name without them (see middle.go), a bare
// surname joins the person its full names refer to (see dominant);
// everything else is its own entity.
type resolved struct {
	people []Person          // Articles desc, Mentions desc, Name, Key
	byKey  map[string]int    // entity key -> index in people
	rawTo  map[string]string // every key counted -> its entity's key
	alias  map[string]string // key of any name or alias -> entity key
	// surnames maps a surname to the entity a bare mention of it refers
	// to ("" when that is ambiguous).
	surnames map[string]string
}

// resolve merges the per-key counts; the caller holds t.mu. After a
// few articles changed it redoes only the entities they touch (see
// reresolve); the first call, or one after a large change, does all.
func (t *Table) resolve() *resolved {
	switch {
	case t.res == nil || t.aux == nil || len(t.changed) > t.raw.n/4:
		t.res = t.resolveAll()
	case len(t.changed) > 0:
		t.res = t.reresolve(t.res)
	}
	clear(t.changed)
	return t.res
}

// resolved reports whether the last resolution is up to date; the
// caller holds t.mu.
func (t *Table) resolved() bool {
	return t.res != nil && len(t.changed) == 0
}

// resolveAll merges every key, and makes the indexes reresolve keeps up
// to date.
func (t *Table) resolveAll() *resolved {
	aux := &resolveAux{holders: map[string][]string{}}
	bySurname := t.bySurname
	j := t.findJoins(func(yield func(int32) bool) {
		for k := range t.raw.keys() {
			if t.keyInfo(k).full && !yield(k) {
				return
			}
		}
	})
	groups := map[int32][]int32{} // entity key -> member keys, itself first
	for k := range t.raw.keys() {
		if e := t.entityIn(k, j); e != k {
			groups[e] = append(groups[e], k)
		} else {
			groups[k] = append([]int32{k}, groups[k]...)
		}
	}
	r := &resolved{
		people:   make([]Person, 0, len(groups)),
		rawTo:    make(map[string]string, t.raw.n),
		surnames: make(map[string]string, len(bySurname)),
	}
	for ent, members := range groups {
		p := t.merge(ent, members)
		for _, m := range members {
			r.rawTo[t.pool[m]] = p.Key
		}
		r.people = append(r.people, p)
	}
	for s, fs := range bySurname {
		r.surnames[t.pool[s]] = t.surnameOf(fs, j)
	}
	slices.SortFunc(r.people, comparePeople)
	r.byKey = make(map[string]int, len(r.people))
	r.alias = map[string]string{}
	for i, p := range r.people {
		r.byKey[p.Key] = i
	}
	// In order of importance, so an alias two entities share (a bare
	// "Trump" of an ambiguous surname) goes to the better known one.
	for _, p := range r.people {
		for _, k := range aliasKeys(p) {
			if _, taken := r.alias[k]; !taken {
				r.alias[k] = p.Key
			}
			aux.holders[k] = append(aux.holders[k], p.Key)
		}
	}
	t.aux = aux
	return r
}

// entityIn is the entity key k is counted under, given the joins of
// its surname's full names: a full name joins the one without its middle
// words, a bare surname the person it refers to, if any.
func (t *Table) entityIn(k int32, j *joins) int32 {
	if t.keyInfo(k).full {
		return j.entity(k)
	}
	if f, ok := t.dominant(t.bySurname[k], j); ok {
		return f
	}
	return k
}

// surnameOf is the key a bare surname shared by the full names fs
// refers to, "" when ambiguous.
func (t *Table) surnameOf(fs []int32, j *joins) string {
	if f, ok := t.dominant(fs, j); ok {
		return t.pool[f]
	}
	return ""
}

// aliasKeys lists the keys of a person's aliases, each once.
func aliasKeys(p Person) []string {
	out := make([]string, 0, len(p.Aliases))
	for _, al := range p.Aliases {
		if k := Key(al); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// dominantShare is the share of the articles naming any full name with
// a surname that one of them must have for the bare surname to be theirs:
// in news, a headline's "Obama" is Barack Obama although Michelle Obama
// is also named, while "Clinton" or "Bush" stay ambiguous.
const dominantShare = 0.8

// dominant is the entity a bare surname refers to, among those of its
// full names fs (as joined by j): the only one, or the one with
// dominantShare of their articles. A person's names with and without a
// middle initial count as one, so "Donald J. Trump" adds to Donald
// Trump's lead over Ivanka Trump instead of diluting it; so do two
// spellings of one name. A patronymic (see patronymic) is no candidate.
func (t *Table) dominant(fs []int32, j *joins) (int32, bool) {
	if slices.ContainsFunc(fs, func(f int32) bool { return patronymic(t.pool[f]) }) {
		fs = slices.DeleteFunc(slices.Clone(fs), func(f int32) bool { return patronymic(t.pool[f]) })
	}
	switch len(fs) {
	case 0:
		return 0, false
	case 1:
		return j.entity(fs[0]), true
	}
	// articles by entity, in a slice: a surname has a handful of people
	type entN struct {
		e int32
		n int
	}
	var ents []entN
	sum := 0
	for _, f := range fs {
		e, n := j.entity(f), t.raw.get(f).articles
		sum += n
		i := slices.IndexFunc(ents, func(x entN) bool { return x.e == e })
		if i < 0 {
			ents = append(ents, entN{e, n})
		} else {
			ents[i].n += n
		}
	}
	best, bestN := int32(0), -1
	for _, x := range ents {
		if x.n > bestN || x.n == bestN && t.pool[x.e] < t.pool[best] {
			best, bestN = x.e, x.n
		}
	}
	return best, float64(bestN) >= dominantShare*float64(sum)
}

// patronymic reports whether the surname of a full key is a father's
// name ("mohammed bin salman", "son of Salman"): the bare surname of news
// then names the father ("King Salman"), not him.
func patronymic(key string) bool {
	return strings.Contains(key, " bin ") || strings.Contains(key, " ibn ") || strings.Contains(key, " bint ")
}

func comparePeople(a, b Person) int {
	return cmp.Or(
		cmp.Compare(b.Articles, a.Articles),
		cmp.Compare(b.Mentions, a.Mentions),
		strings.Compare(a.Name, b.Name),
		strings.Compare(a.Key, b.Key),
	)
}

// merge sums the counts of the member keys into one Person. An article
// naming a bare surname and a full name it joins is counted once (the
// table's co counts), but one naming two spellings of a full name
// ("Donald Trump" and "Donald J. Trump") twice: the extractor already
// makes those one person of the article, so the table never sees both
// unless it judged them two people.
func (t *Table) merge(ent int32, members []int32) Person {
	p := Person{Key: t.pool[ent]}
	var names, aliases, role, aff, party, state, gender counter
	for _, m := range members {
		a := t.raw.get(m)
		p.Articles += a.articles
		p.Mentions += a.mentions
		p.Quotes += a.quotes
		full := m == ent || t.keyInfo(m).full
		if !full {
			for _, f := range members {
				if f != m {
					p.Articles -= t.co[[2]int32{m, f}]
				}
			}
		}
		for _, c := range a.names {
			// A bare surname is an alias of the full name, never its name.
			if full {
				names.add(c.id, c.n)
			}
			aliases.add(c.id, c.n)
		}
		for _, c := range a.aliases {
			aliases.add(c.id, c.n)
		}
		for _, pair := range [][2]*counter{{&role, &a.role}, {&aff, &a.aff}, {&party, &a.party}, {&state, &a.state}, {&gender, &a.gender}} {
			for _, c := range *pair[1] {
				pair[0].add(c.id, c.n)
			}
		}
	}
	// an article naming two spellings of the name counts once
	for i, a := range members {
		for _, b := range members[i+1:] {
			p.Articles -= t.vco[variantPair(a, b)]
		}
	}
	name := t.topName(names)
	p.Name = t.pool[name]
	r := t.top(role)
	if r != 0 && t.borrowedRole(ent, members, r, role.count(r), p.Articles, aliases) {
		// the next role, if any
		role = slices.DeleteFunc(slices.Clone(role), func(c idCount) bool { return c.id == r })
		r = t.top(role)
	}
	// a role or affiliation few of the person's articles give came from
	// mentions that were not surely theirs ("Vice President Biden" in an
	// article naming only Hunter Biden, "New Mexico" read off the next
	// name for Donald Trump). Party and state are left as the most given:
	// few articles state them for the best known, and those few are
	// mostly right (Barack Obama, Democrat, Illinois)
	p.Role = t.sharedValue(role, r, p.Articles)
	p.Affiliation = t.sharedValue(aff, t.top(aff), p.Articles)
	p.Party = t.pool[t.top(party)]
	p.State = t.pool[t.top(state)]
	p.Gender = t.pool[t.top(gender)]
	t.sortCounts(aliases)
	for _, c := range aliases {
		if c.id != name {
			p.Aliases = append(p.Aliases, t.pool[c.id])
		}
	}
	// Clipped, so a caller appending to the shared slice copies it.
	p.Aliases = slices.Clip(p.Aliases)
	return p
}

// borrowedRole reports whether the role r, given n times in the
// articles of the entity ent (of the keys members and articles
// articles, named by aliases), is another's of its surname: the leading
// role of a key of it with borrowRatio times the entity's articles,
// given in fewer than 1/borrowShare of the entity's articles, and with
// the bare surname ("President Trump") more often than with a full name
// ("Sen. Elizabeth Dole"). "President Trump" beside Ivanka Trump
// lends her "President", "Vice President Biden" beside Hunter Biden
// his father's role, while Sen. Elizabeth Dole keeps hers beside Sen.
// Bob Dole.
func (t *Table) borrowedRole(ent int32, members []int32, r int32, n, articles int, aliases counter) bool {
	ki := t.keyInfo(ent)
	if !ki.full || n*borrowShare >= articles {
		return false
	}
	lender := false
	for _, f := range t.bySurname[ki.surname] {
		if a := t.raw.get(f); a.articles >= borrowRatio*articles && t.top(a.role) == r && !slices.Contains(members, f) {
			lender = true
			break
		}
	}
	if !lender {
		return false
	}
	// the role's last word ("president"), in the titles of the aliases
	rw := foldWords(t.pool[r])
	if len(rw) == 0 {
		return false
	}
	last := rw[len(rw)-1]
	bare, full := 0, 0
	for _, c := range aliases {
		al := t.pool[c.id]
		fw, kw := foldWords(al), keyWords(al)
		if len(fw) == len(kw) {
			continue // no title
		}
		if len(kw) > 1 {
			full += int(c.n)
		} else if kw[0] == t.pool[ki.surname] && slices.Contains(fw[:len(fw)-1], last) {
			bare += int(c.n)
		}
	}
	return bare > full
}

// borrowRatio and borrowShare: see borrowedRole.
const (
	borrowRatio = 3
	borrowShare = 3
)

// minRoleShare: the people table shows a role only when at least one in
// minRoleShare of the person's articles gives it.
const minRoleShare = 50

// count is how many times c counted id.
func (c counter) count(id int32) int {
	for _, x := range c {
		if x.id == id {
			return int(x.n)
		}
	}
	return 0
}

// total is the sum of c's counts.
func (c counter) total() int {
	n := 0
	for _, x := range c {
		n += int(x.n)
	}
	return n
}

// top is the most counted id (0, the empty string, for none); ties go to
// the longest string, then the first in byte order, so the result never
// depends on the order articles came in.
func (t *Table) top(c counter) int32 {
	best := int32(0)
	var bestN int32
	for _, x := range c {
		if x.n > bestN || x.n == bestN && t.before(x.id, best) {
			best, bestN = x.id, x.n
		}
	}
	return best
}

// topName is the most counted spelling of a name; ties go to a form
// without titles, not in capitals, with its accents, then the shortest
// ("Donald Trump Jr." over "Donald Trump, Jr.").
func (t *Table) topName(c counter) int32 {
	best := int32(0)
	var bestN int32
	for _, x := range c {
		if x.n > bestN || x.n == bestN && nameBefore(t.pool[x.id], t.pool[best]) {
			best, bestN = x.id, x.n
		}
	}
	return best
}

func nameBefore(a, b string) bool {
	ta, tb := len(foldWords(a)) > len(keyWords(a)), len(foldWords(b)) > len(keyWords(b))
	if ta != tb {
		return !ta
	}
	ca, cb := strings.ToUpper(a) == a, strings.ToUpper(b) == b
	if ca != cb {
		return !ca
	}
	na, nb := nonASCII(a), nonASCII(b)
	if na != nb {
		return na > nb
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x80 {
			n++
		}
	}
	return n
}

func (t *Table) before(a, b int32) bool {
	sa, sb := t.pool[a], t.pool[b]
	if len(sa) != len(sb) {
		return len(sa) > len(sb)
	}
	return sa < sb
}

// sortCounts orders by count, then as top breaks ties.
func (t *Table) sortCounts(c counter) {
	slices.SortFunc(c, func(x, y idCount) int {
		if x.n != y.n {
			return cmp.Compare(y.n, x.n)
		}
		if x.id == y.id {
			return 0
		}
		if t.before(x.id, y.id) {
			return -1
		}
		return 1
	})
}

// People is the table: one Person per entity that listed accepts, most
// articles first (then most mentions, then by name). The slice is the
// caller's; the Aliases slices are shared and must not be modified.
// Lookup, Resolve and PeopleOf still know the entities it leaves out.
func (t *Table) People() []Person {
	t.mu.Lock()
	defer t.mu.Unlock()
	r := t.resolve()
	out := make([]Person, 0, len(r.people))
	for _, p := range r.people {
		// a bare surname that full names share stays: it is a person's
		if _, surname := r.surnames[p.Key]; surname || listed(p) {
			out = append(out, p)
		}
	}
	return out
}

// Lookup finds the entity a name refers to: its key, any name or alias
// an article used for it, or a surname that refers to one full name
// (the only one with it, or one that dominates the others).
func (t *Table) Lookup(name string) (Person, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if e, ok := t.entityOf(Key(name)); ok && !t.resolved() {
		return t.lazyPerson(e), true
	}
	r := t.resolve()
	k, ok := r.find(Key(name))
	if !ok {
		return Person{}, false
	}
	return r.people[r.byKey[k]], true
}

// Resolve is the key of the entity a name refers to, or Key(name) when
// the table knows no such person (a descriptor such as "a White House
// official" is its own speaker).
func (t *Table) Resolve(name string) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := Key(name)
	if k == "" {
		return k
	}
	if !t.resolved() {
		if e, ok := t.entityOf(k); ok {
			return t.pool[e]
		}
	}
	if e, ok := t.resolve().find(k); ok {
		return e
	}
	return k
}

func (r *resolved) find(k string) (string, bool) {
	if k == "" {
		return "", false
	}
	if _, ok := r.byKey[k]; ok {
		return k, true
	}
	if e, ok := r.rawTo[k]; ok {
		return e, true
	}
	if e, ok := r.alias[k]; ok {
		return e, true
	}
	if !strings.Contains(k, " ") {
		if e := r.surnames[k]; e != "" {
			return e, true
		}
	}
	return "", false
}

// sharedValue is the value v of counts c, or "" when fewer than one in
// minRoleShare of a person's articles give it.
func (t *Table) sharedValue(c counter, v int32, articles int) string {
	if c.count(v)*minRoleShare < articles {
		return ""
	}
	return t.pool[v]
}
