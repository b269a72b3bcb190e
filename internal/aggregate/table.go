package aggregate

import (
	"slices"
	"strings"
	"sync"
)

// Table is the corpus-wide people table, kept up to date one article at
// a time so that opening a large index never scans every document. It
// remembers what each article contributed (compactly, as ids into a
// string pool) so that Remove can take it back out, and it persists with
// MarshalBinary. People merged across articles are worked out again from
// the per-key counts only when the table changed. A Table is safe for
// concurrent use.
type Table struct {
	mu   sync.Mutex
	pool []string         // interned strings; pool[0] is ""
	ids  map[string]int32 // string -> index in pool
	arts map[string][]int32
	raw  accs // per key: what the articles say under that key
	// co counts the articles naming both a bare surname and a full name
	// with that surname, so merging the two does not count them twice,
	// and those naming a suffixed full name and another full name of its
	// surname (see suffix.go).
	co   map[[2]int32]int
	info []keyInfo // by pool id; known is false until worked out
	res  *resolved // the last resolution; nil when there is none
	// changed lists the keys whose counts changed since res was made,
	// aux what reresolve needs to redo only their entities.
	changed map[int32]bool
	aux     *resolveAux
	// bySurname lists the full-name keys counted under each surname,
	// byGroup the surnames with any, by surnameGroup (see variant.go).
	bySurname map[int32][]int32
	byGroup   map[int32][]int32
	groups    map[int32]int32  // surname -> its group (groupOf)
	groupIDs  map[string]int32 // surnameGroup -> group id (groupOf)
	variants  map[int32]string // full key -> its variantKey (variantKeyOf)
	// vco counts the articles naming two spellings of a name (see
	// sameVariant), so that merging the two counts them once.
	vco map[[2]int32]int
	// lazy holds the entities Lookup merged alone since the last change
	// (see entity.go).
	lazy  map[int32]Person
	lazyJ map[int32]*joins // groupJoins by surname group, likewise
	// pending lists the articles added or removed since the table was
	// last encoded (see MarshalDelta).
	pending map[string]bool
	// staleKeys: loaded without this build's key data (StaleKeyData).
	staleKeys bool
}

// keyInfo is the surname of a key (as a pool id) and whether the key
// has a given name before it. It is kept small: a loaded table holds one
// per pooled string.
type keyInfo struct {
	surname, group int32 // group: surnameGroup of the surname
	full, known    bool
	suffix         bool // a full key ending in a join suffix (hasJoinSuffix)
}

// acc is the sum of the records of one key.
type acc struct {
	articles, mentions, quotes int
	names, aliases             counter
	role, aff, party           counter
	state, gender              counter
}

// counter counts pool ids. People have a handful of roles and spellings,
// so a slice beats a map.
type counter []idCount

type idCount struct{ id, n int32 }

func (c *counter) add(id int32, d int32) {
	for i := range *c {
		if (*c)[i].id == id {
			(*c)[i].n += d
			if (*c)[i].n <= 0 {
				*c = slices.Delete(*c, i, i+1)
			}
			return
		}
	}
	if d > 0 {
		*c = append(*c, idCount{id, d})
	}
}

// NewTable makes an empty table.
func NewTable() *Table {
	return &Table{
		pool:      []string{""},
		ids:       map[string]int32{"": 0},
		arts:      map[string][]int32{},
		co:        map[[2]int32]int{},
		changed:   map[int32]bool{},
		pending:   map[string]bool{},
		bySurname: map[int32][]int32{},
		byGroup:   map[int32][]int32{},
		vco:       map[[2]int32]int{},
	}
}

// People merges the articles the way a Table does and returns the
// result: the table of any set of articles, such as those a query found.
func People(arts []Article) []Person {
	t := NewTable()
	for i := range arts {
		t.Add(arts[i])
	}
	return t.People()
}

// everyone is People without the listed test: a scope lists everyone
// it names, since listed judges a name by the whole corpus.
func everyone(arts []Article) []Person {
	t := NewTable()
	for i := range arts {
		t.Add(arts[i])
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.resolve().people)
}

// Len is the number of articles in the table.
func (t *Table) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.arts)
}

// Has reports whether article id is in the table.
func (t *Table) Has(id string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, ok := t.arts[id]
	return ok
}

// Add counts the people of an article. Adding an id again replaces what
// it contributed before, as re-indexing a document does.
func (t *Table) Add(a Article) {
	recs, _ := contribution(&a.Result)
	t.mu.Lock()
	defer t.mu.Unlock()
	if old, ok := t.arts[a.ID]; ok {
		t.apply(old, -1)
	}
	enc := t.encode(recs)
	t.arts[a.ID] = enc
	t.pending[a.ID] = true
	t.apply(enc, 1)
}

// Remove takes an article's people back out; an unknown id is ignored.
func (t *Table) Remove(id string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	old, ok := t.arts[id]
	if !ok {
		return
	}
	t.apply(old, -1)
	delete(t.arts, id)
	t.pending[id] = true
}

// intern returns the pool id of s, adding a copy of s when it is new: a
// name is often a slice of its article's text, and keeping the slice
// would keep the whole article alive as long as the table.
func (t *Table) intern(s string) int32 {
	if id, ok := t.ids[s]; ok {
		return id
	}
	s = strings.Clone(s)
	id := int32(len(t.pool))
	t.pool = append(t.pool, s)
	t.ids[s] = id
	return id
}

// Records are encoded as: key, name, role, affiliation, party, state,
// gender, mentions, quotes, number of aliases, aliases.
const recordHead = 10

func (t *Table) encode(recs []record) []int32 {
	n := 0
	for _, r := range recs {
		n += recordHead + len(r.aliases)
	}
	enc := make([]int32, 0, n)
	for _, r := range recs {
		enc = append(enc,
			t.intern(r.key), t.intern(r.name), t.intern(r.role), t.intern(r.aff),
			t.intern(r.party), t.intern(r.state), t.intern(r.gender),
			int32(r.mentions), int32(r.quotes), int32(len(r.aliases)))
		for _, al := range r.aliases {
			enc = append(enc, t.intern(al))
		}
	}
	return enc
}

// eachRecord calls f with the head and aliases of every encoded record.
func eachRecord(enc []int32, f func(head []int32, aliases []int32)) {
	for len(enc) >= recordHead {
		n := int(enc[9])
		f(enc[:recordHead], enc[recordHead:recordHead+n])
		enc = enc[recordHead+n:]
	}
}

func (t *Table) keyInfo(id int32) keyInfo {
	if int(id) < len(t.info) && t.info[id].known {
		return t.info[id]
	}
	last, full := surname(t.pool[id])
	ki := keyInfo{surname: t.intern(last), full: full, known: true}
	ki.group = t.groupOf(ki.surname)
	ki.suffix = full && hasJoinSuffix(t.pool[id])
	if int(id) >= len(t.info) {
		// A slice, not a map: loading a table works out every key's.
		t.info = append(t.info, make([]keyInfo, len(t.pool)-len(t.info))...)
	}
	t.info[id] = ki
	return ki
}

// variantKeyOf is the variantKey of key id, worked out the first time two
// keys of one spelling group are compared: most keys share their group
// with no other key of their article or their table.
func (t *Table) variantKeyOf(id int32) string {
	if v, ok := t.variants[id]; ok {
		return v
	}
	var v string
	if t.keyInfo(id).full {
		v = variantKey(t.pool[id])
	}
	if t.variants == nil {
		t.variants = map[int32]string{}
	}
	t.variants[id] = v
	return v
}

// forget drops what Lookup and Resolve kept of the surname groups gs,
// whose counts changed: the joins and people of a group depend on its
// own keys only (see findJoins), so the others stay.
func (t *Table) forget(gs []int32) {
	if len(t.lazyJ) == 0 && len(t.lazy) == 0 {
		return
	}
	if len(gs) > len(t.lazyJ)/4 {
		t.lazy, t.lazyJ = nil, nil // as cheap to redo as to sort out
		return
	}
	for _, g := range gs {
		delete(t.lazyJ, g)
	}
	for e := range t.lazy {
		if slices.Contains(gs, t.keyInfo(e).group) {
			delete(t.lazy, e)
		}
	}
}

// groupOf is the id of the surnameGroup of the surname s, worked out once
// per surname: a table's keys share far fewer surnames.
func (t *Table) groupOf(s int32) int32 {
	if g, ok := t.groups[s]; ok {
		return g
	}
	if t.groups == nil {
		t.groups = map[int32]int32{}
	}
	// group ids are their own numbering, apart from the pool: a group
	// key is no string any article gives
	k := surnameGroup(t.pool[s])
	g, ok := t.groupIDs[k]
	if !ok {
		if t.groupIDs == nil {
			t.groupIDs = map[string]int32{}
		}
		g = int32(len(t.groupIDs) + 1)
		t.groupIDs[k] = g
	}
	t.groups[s] = g
	return g
}

// apply adds (sign 1) or subtracts (sign -1) one article's records.
func (t *Table) apply(enc []int32, sign int32) {
	var bare, full []int32
	var touched []int32 // the groups of the keys counted (see forget)
	eachRecord(enc, func(h, aliases []int32) {
		key := h[0]
		touched = append(touched, t.keyInfo(key).group)
		if t.res != nil {
			t.changed[key] = true // for reresolve; nothing to redo without one
		}
		a := t.raw.get(key)
		if a == nil {
			a = t.raw.add(key)
			if ki := t.keyInfo(key); ki.full {
				if len(t.bySurname[ki.surname]) == 0 {
					t.byGroup[ki.group] = append(t.byGroup[ki.group], ki.surname)
				}
				t.bySurname[ki.surname] = append(t.bySurname[ki.surname], key)
			}
		}
		a.articles += int(sign)
		a.mentions += int(sign * h[7])
		a.quotes += int(sign * h[8])
		a.names.add(h[1], sign)
		for _, al := range aliases {
			a.aliases.add(al, sign)
		}
		cs := accCounters(a) // names, aliases, then role ... gender as h[2:7]
		for i, c := range cs[2:] {
			if id := h[2+i]; id != 0 {
				c.add(id, sign)
			}
		}
		if a.articles <= 0 {
			t.raw.del(key)
			if ki := t.keyInfo(key); ki.full {
				fs := slices.DeleteFunc(t.bySurname[ki.surname], func(k int32) bool { return k == key })
				if len(fs) == 0 {
					delete(t.bySurname, ki.surname)
					ss := slices.DeleteFunc(t.byGroup[ki.group], func(s int32) bool { return s == ki.surname })
					if len(ss) == 0 {
						delete(t.byGroup, ki.group)
					} else {
						t.byGroup[ki.group] = ss
					}
				} else {
					t.bySurname[ki.surname] = fs
				}
			}
		}
		if t.keyInfo(key).full {
			full = append(full, key)
		} else {
			bare = append(bare, key)
		}
	})
	// and the articles naming a suffixed full name beside another of its
	// surname, so a Jr. named apart from the name without it stays apart
	for _, a := range full {
		ka := t.keyInfo(a)
		if !ka.suffix {
			continue
		}
		for _, f := range full {
			if f == a || t.keyInfo(f).surname != ka.surname {
				continue
			}
			p := [2]int32{a, f}
			t.co[p] += int(sign)
			if t.co[p] <= 0 {
				delete(t.co, p)
			}
		}
	}
	// and the articles naming two spellings of a name (see variant.go)
	for i, a := range full {
		g := t.keyInfo(a).group
		for _, f := range full[i+1:] {
			if t.keyInfo(f).group != g || !t.sameVariant(a, f) {
				continue
			}
			p := variantPair(a, f)
			t.vco[p] += int(sign)
			if t.vco[p] <= 0 {
				delete(t.vco, p)
			}
		}
	}
	for _, b := range bare {
		for _, f := range full {
			if t.keyInfo(f).surname != b {
				continue
			}
			p := [2]int32{b, f}
			t.co[p] += int(sign)
			if t.co[p] <= 0 {
				delete(t.co, p)
			}
		}
	}
	t.forget(touched)
}
