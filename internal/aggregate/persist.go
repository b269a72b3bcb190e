package aggregate

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"
)

// tableVersion changes whenever the encoding or the keying changes; an
// older table is refused and must be rebuilt from the articles.
const tableVersion = 1

// ErrTableVersion is returned by UnmarshalBinary for a table written by
// another version of the code.
var ErrTableVersion = errors.New("people table of another version")

// tableFile is the persisted form: the contributions of every article,
// over a string pool holding only the strings they use. The counts are
// rebuilt from them on load, which needs no string hashing beyond the
// pool's and keeps the file free of anything that could disagree.
type tableFile struct {
	Version  int
	Strings  []string
	IDs      []string
	Contribs [][]int32
}

// MarshalBinary encodes the table (gob).
func (t *Table) MarshalBinary() ([]byte, error) {
	t.mu.Lock()
	f := tableFile{Version: tableVersion, Strings: []string{""}}
	remap := map[int32]int32{0: 0}
	re := func(id int32) int32 {
		if n, ok := remap[id]; ok {
			return n
		}
		n := int32(len(f.Strings))
		f.Strings = append(f.Strings, t.pool[id])
		remap[id] = n
		return n
	}
	f.IDs = make([]string, 0, len(t.arts))
	for id := range t.arts {
		f.IDs = append(f.IDs, id)
	}
	slices.Sort(f.IDs)
	f.Contribs = make([][]int32, len(f.IDs))
	for i, id := range f.IDs {
		enc := slices.Clone(t.arts[id])
		for j := 0; j+recordHead <= len(enc); {
			n := int(enc[j+9])
			for k := j; k < j+7; k++ {
				enc[k] = re(enc[k])
			}
			for k := j + recordHead; k < j+recordHead+n; k++ {
				enc[k] = re(enc[k])
			}
			j += recordHead + n
		}
		f.Contribs[i] = enc
	}
	clear(t.pending)
	t.mu.Unlock()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&f); err != nil {
		return nil, fmt.Errorf("people table: %w", err)
	}
	return buf.Bytes(), nil
}

// UnmarshalBinary replaces the table's contents with an encoded table.
// On error the table is left as it was.
func (t *Table) UnmarshalBinary(b []byte) error {
	var f tableFile
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&f); err != nil {
		return fmt.Errorf("people table: %w", err)
	}
	if f.Version != tableVersion {
		return ErrTableVersion
	}
	if len(f.IDs) != len(f.Contribs) || len(f.Strings) == 0 || f.Strings[0] != "" {
		return fmt.Errorf("people table: %w", errDamaged)
	}
	for _, enc := range f.Contribs {
		if !validRecords(enc, len(f.Strings)) {
			return fmt.Errorf("people table: %w", errDamaged)
		}
	}
	nt := NewTable()
	nt.pool = f.Strings
	// Room for the surnames keyInfo adds while the counts are applied:
	// growing a map of a quarter million strings rehashes all of them.
	nt.ids = make(map[string]int32, len(f.Strings)+len(f.Strings)/4)
	for i, s := range f.Strings {
		nt.ids[s] = int32(i)
	}
	for i, id := range f.IDs {
		if _, dup := nt.arts[id]; dup {
			return fmt.Errorf("people table: %w", errDamaged)
		}
		nt.arts[id] = f.Contribs[i]
		nt.apply(f.Contribs[i], 1)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pool, t.ids, t.arts, t.raw, t.co, t.info, t.bySurname = nt.pool, nt.ids, nt.arts, nt.raw, nt.co, nt.info, nt.bySurname
	t.res, t.aux, t.lazy = nil, nil, nil
	clear(t.changed)
	clear(t.pending)
	return nil
}

var errDamaged = errors.New("damaged")

// validRecords checks that enc is a whole number of records whose
// string ids are in the pool, so a damaged file cannot make apply panic.
func validRecords(enc []int32, poolLen int) bool {
	for len(enc) > 0 {
		if len(enc) < recordHead {
			return false
		}
		n := int(enc[9])
		if n < 0 || len(enc) < recordHead+n {
			return false
		}
		for i, id := range enc[:recordHead+n] {
			if (i < 7 || i >= recordHead) && (id < 0 || int(id) >= poolLen) {
				return false
			}
		}
		enc = enc[recordHead+n:]
	}
	return true
}
