package aggregate

import (
	"encoding/binary"
	"fmt"
	"slices"

	"storytui/internal/binio"
)

// deltaVersion opens every delta; it changes with the delta's layout.
const deltaVersion = 1

// Pending is how many articles were added or removed since the table
// was last encoded whole (MarshalBinary) or in part (MarshalDelta).
func (t *Table) Pending() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.pending)
}

// MarshalDelta encodes what changed since the table was last encoded,
// whole or in part: per article added or removed since, its id and what
// it contributes now (nothing when removed). Applied with UnmarshalDelta
// to the table as it was then encoded, it gives the table as it is: a
// one-article update appends a few hundred bytes instead of rewriting
// megabytes. The changes it encodes count as saved; should writing them
// fail, the caller must encode the table whole next time.
func (t *Table) MarshalDelta() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := make([]string, 0, len(t.pending))
	for id := range t.pending {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	clear(t.pending)
	b := binary.AppendUvarint(nil, deltaVersion)
	b = binary.AppendUvarint(b, uint64(len(ids)))
	str := func(id int32) {
		s := t.pool[id]
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, id := range ids {
		b = binary.AppendUvarint(b, uint64(len(id)))
		b = append(b, id...)
		enc, ok := t.arts[id]
		if !ok {
			b = append(b, 0)
			continue
		}
		b = append(b, 1)
		n := 0
		eachRecord(enc, func([]int32, []int32) { n++ })
		b = binary.AppendUvarint(b, uint64(n))
		eachRecord(enc, func(h, aliases []int32) {
			for _, s := range h[:7] {
				str(s)
			}
			b = binary.AppendVarint(b, int64(h[7]))
			b = binary.AppendVarint(b, int64(h[8]))
			b = binary.AppendUvarint(b, uint64(len(aliases)))
			for _, al := range aliases {
				str(al)
			}
		})
	}
	return b
}

// deltaArt is one article of a decoded delta; gone when removed.
type deltaArt struct {
	id   string
	gone bool
	recs []record
}

// UnmarshalDelta applies a delta of MarshalDelta. A damaged delta is an
// error and leaves the table as it was.
func (t *Table) UnmarshalDelta(b []byte) error {
	r := binio.Reader{B: b}
	if r.Uvarint() != deltaVersion {
		return ErrTableVersion
	}
	arts := make([]deltaArt, r.Count())
	for i := range arts {
		a := &arts[i]
		a.id = r.Str()
		switch r.Uvarint() {
		case 0:
			a.gone = true
			continue
		case 1:
		default:
			r.Fail()
		}
		a.recs = make([]record, r.Count())
		for j := range a.recs {
			rec := &a.recs[j]
			rec.key, rec.name, rec.role, rec.aff = r.Str(), r.Str(), r.Str(), r.Str()
			rec.party, rec.state, rec.gender = r.Str(), r.Str(), r.Str()
			rec.mentions, rec.quotes = int(r.Varint()), int(r.Varint())
			rec.aliases = make([]string, r.Count())
			for k := range rec.aliases {
				rec.aliases[k] = r.Str()
			}
		}
	}
	if r.Err != nil || len(r.B) != 0 {
		return fmt.Errorf("people table delta: %w", errDamaged)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, a := range arts {
		if old, ok := t.arts[a.id]; ok {
			t.apply(old, -1)
			delete(t.arts, a.id)
		}
		if !a.gone {
			enc := t.encode(a.recs)
			t.arts[a.id] = enc
			t.apply(enc, 1)
		}
	}
	return nil
}
