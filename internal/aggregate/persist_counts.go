package aggregate

import (
	"encoding/binary"
	"maps"
	"slices"

	"storytui/internal/binio"
)

// countsFile is what applying every contribution of a table gives: the
// sum of each counted key's records and the pair counts of co and vco,
// by the encoded string ids. Loading a table otherwise applies the
// contributions of every article again, half of its load. Like keyFile
// it is trusted only by the build that wrote it (apply's rules may
// change), and only with that build's key data, from which bySurname
// and byGroup are worked out. Nothing here depends on the order the
// articles came in: the rules that read counters and surname lists
// break ties by the strings themselves (see top and dominant).
type countsFile struct {
	Keys []int32 // counted keys, ascending
	Accs []acc   // by Keys
	Co   map[[2]int32]int
	Vco  map[[2]int32]int
}

// accCounters lists an acc's counters in the order they are encoded;
// role to gender come in the order of a record's head (h[2:7], see apply).
func accCounters(a *acc) [7]*counter {
	return [7]*counter{&a.names, &a.aliases, &a.role, &a.aff, &a.party, &a.state, &a.gender}
}

// appendCounts lays out the table's counts by the ids re gives (see
// MarshalBinary): the number of counted keys, then per key in id order
// the gap from the one before (the first from -1), its three counts and its seven counters
// (a length, then id and count pairs); then co and vco, each a number of
// pairs and per pair both ids and its count, in id order. It writes
// straight from the table: a copy of the counts would add tens of
// megabytes to a large build's peak.
func (t *Table) appendCounts(b []byte, re func(int32) int32) []byte {
	type keyed struct{ k, old int32 }
	keys := make([]keyed, 0, t.raw.n)
	for k := range t.raw.keys() {
		keys = append(keys, keyed{re(k), k})
	}
	slices.SortFunc(keys, func(x, y keyed) int { return int(x.k - y.k) })
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := int32(-1)
	for _, x := range keys {
		a := t.raw.get(x.old)
		b = binary.AppendUvarint(b, uint64(x.k-prev))
		prev = x.k
		b = binary.AppendUvarint(b, uint64(a.articles))
		b = binary.AppendUvarint(b, uint64(a.mentions))
		b = binary.AppendUvarint(b, uint64(a.quotes))
		for _, ctr := range accCounters(a) {
			b = binary.AppendUvarint(b, uint64(len(*ctr)))
			for _, ic := range *ctr {
				b = binary.AppendUvarint(b, uint64(re(ic.id)))
				b = binary.AppendUvarint(b, uint64(ic.n))
			}
		}
	}
	co := make(map[[2]int32]int, len(t.co))
	for p, n := range t.co {
		co[[2]int32{re(p[0]), re(p[1])}] = n
	}
	vco := make(map[[2]int32]int, len(t.vco))
	for p, n := range t.vco {
		vco[variantPair(re(p[0]), re(p[1]))] = n
	}
	for _, m := range []map[[2]int32]int{co, vco} {
		pairs := slices.SortedFunc(maps.Keys(m), func(x, y [2]int32) int {
			if x[0] != y[0] {
				return int(x[0] - y[0])
			}
			return int(x[1] - y[1])
		})
		b = binary.AppendUvarint(b, uint64(len(pairs)))
		for _, p := range pairs {
			b = binary.AppendUvarint(b, uint64(p[0]))
			b = binary.AppendUvarint(b, uint64(p[1]))
			b = binary.AppendUvarint(b, uint64(m[p]))
		}
	}
	return b
}

// readCounts reads what appendCounts wrote over a pool of n strings.
// Every id is checked against the pool and every count is positive, as
// apply leaves them, so damaged counts fail here rather than in resolve.
// The counters share one backing array, each capped so that adding to
// one reallocates it instead of overwriting the next.
func readCounts(r *binio.Reader, n int) countsFile {
	var c countsFile
	id := func() int32 {
		v := r.Uvarint()
		if v >= uint64(n) {
			r.Fail()
			return 0
		}
		return int32(v)
	}
	pos := func() int {
		v := r.Uvarint()
		if v == 0 || v > 1<<31 {
			r.Fail()
			return 0
		}
		return int(v)
	}
	m := r.Count()
	c.Keys = make([]int32, 0, m)
	c.Accs = make([]acc, m)
	var all []idCount
	prev := int64(-1)
	for i := 0; i < m && r.Err == nil; i++ {
		k := prev + int64(r.Uvarint())
		if k <= prev || k >= int64(n) {
			r.Fail()
			break
		}
		prev = k
		c.Keys = append(c.Keys, int32(k))
		a := &c.Accs[i]
		a.articles = pos()
		a.mentions, a.quotes = int(r.Uvarint()), int(r.Uvarint())
		for _, ctr := range accCounters(a) {
			l := r.Count()
			at := len(all)
			for range l {
				all = append(all, idCount{id(), int32(pos())})
			}
			*ctr = counter(all[at:len(all):len(all)])
		}
	}
	pairs := func() map[[2]int32]int {
		l := r.Count()
		p := make(map[[2]int32]int, l)
		for range l {
			p[[2]int32{id(), id()}] = pos()
		}
		return p
	}
	c.Co = pairs()
	c.Vco = pairs()
	return c
}

// useCounts fills nt (with its pool, arts and this build's key data)
// from the counts section b, as applying every contribution would, or
// reports false, leaving nt as it was, when b is damaged or names a key
// without key data.
func (nt *Table) useCounts(b []byte) bool {
	r := binio.Reader{B: b}
	c := readCounts(&r, len(nt.pool))
	if r.Err != nil || len(r.B) != 0 {
		return false
	}
	for _, k := range c.Keys {
		if int(k) >= len(nt.info) || !nt.info[k].known {
			return false
		}
	}
	for i, k := range c.Keys {
		nt.raw.put(k, &c.Accs[i])
		if ki := nt.info[k]; ki.full {
			if len(nt.bySurname[ki.surname]) == 0 {
				nt.byGroup[ki.group] = append(nt.byGroup[ki.group], ki.surname)
			}
			nt.bySurname[ki.surname] = append(nt.bySurname[ki.surname], k)
		}
	}
	nt.co, nt.vco = c.Co, c.Vco
	return true
}
