package aggregate

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"

	"storytui/internal/binio"
	"storytui/internal/buildinfo"
)

// tableVersion changes whenever the encoding or the keying changes; an
// older table is refused and must be rebuilt from the articles.
// Version 1 was gob; 2 is encodeTable's layout, which reads in a fifth of
// the time (gob alone took a third of a second at 60k articles, most of
// opening the table for a one-file update). 3 counts in co the articles
// naming a suffixed full name beside another of its surname (suffix.go):
// a version-2 table lacks those counts and would join "Donald Trump Jr."
// to his father, so it is rebuilt from the stored articles. 4 adds the
// key data (keyFile) after the contributions; a version-3 table is read
// without it. 5 adds the counts (countsFile) after the key data; a
// version-4 table is read without them.
const tableVersion = 5

// ErrTableVersion is returned by UnmarshalBinary for a table written by
// another version of the code.
var ErrTableVersion = errors.New("people table of another version")

// tableFile is the persisted form: the contributions of every article,
// over a string pool holding only the strings they use, then what the
// build that wrote it worked out from them (the key data and the
// counts), which only that build trusts: any other rebuilds the counts
// from the contributions on load, so nothing another build reads could
// disagree with them.
type tableFile struct {
	Version  int
	Strings  []string
	IDs      []string
	Contribs [][]int32
	Keys     keyFile
	// Counts is the counts section (appendCounts; version 5), a
	// length-prefixed block read only when the key data is this
	// build's (useCounts).
	Counts []byte
}

// keyFile is the surname data of the pooled strings (keyInfo) as the
// build that wrote it worked it out: loading a table otherwise works out
// the surname and surname group of every key again, a third of the
// load. The rules that make it may change from one storytui to the next,
// so only the build that wrote it uses it (see buildinfo), and a table
// is right without it.
type keyFile struct {
	Build  string
	Groups []string  // surnameGroup keys; group ids count from 1
	Info   []keyInfo // by string, surname as a string id; known false for none
}

// tableMagic opens an encoded table, so that other bytes read as damaged
// rather than as another version.
const tableMagic = "ptab"

// encodeTable lays f out as: tableMagic, version, the strings and the
// article ids (each a binio block), the number of values of all the
// contributions, then per article its contribution (counted varints).
func encodeTable(f *tableFile) []byte {
	n, total := 32, 0
	for _, s := range f.Strings {
		n += len(s) + 1
	}
	for i, id := range f.IDs {
		n += len(id) + 2 + 2*len(f.Contribs[i])
		total += len(f.Contribs[i])
	}
	b := append(make([]byte, 0, n), tableMagic...)
	b = binary.AppendUvarint(b, uint64(f.Version))
	b = binio.AppendBlock(b, f.Strings)
	b = binio.AppendBlock(b, f.IDs)
	b = binary.AppendUvarint(b, uint64(total))
	for _, c := range f.Contribs {
		b = binary.AppendUvarint(b, uint64(len(c)))
		for _, v := range c {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	b = appendKeys(b, &f.Keys)
	b = binary.AppendUvarint(b, uint64(len(f.Counts)))
	return append(b, f.Counts...)
}

// appendKeys lays out k: the build, the group keys (a binio block), the
// number of strings described, then per string its surname's string id
// plus one (0: not worked out) and, when worked out, its group and its
// flags (1 full, 2 suffix).
func appendKeys(b []byte, k *keyFile) []byte {
	b = binio.AppendStr(b, k.Build)
	b = binio.AppendBlock(b, k.Groups)
	b = binary.AppendUvarint(b, uint64(len(k.Info)))
	for _, ki := range k.Info {
		if !ki.known {
			b = append(b, 0)
			continue
		}
		b = binary.AppendUvarint(b, uint64(ki.surname)+1)
		b = binary.AppendUvarint(b, uint64(ki.group))
		var flags uint64
		if ki.full {
			flags |= 1
		}
		if ki.suffix {
			flags |= 2
		}
		b = binary.AppendUvarint(b, flags)
	}
	return b
}

// readKeys reads what appendKeys wrote for a pool of n strings.
func readKeys(r *binio.Reader, n int) keyFile {
	k := keyFile{Build: r.Str(), Groups: r.Block()}
	m := r.Count()
	if m != n && m != 0 {
		r.Fail()
		return k
	}
	k.Info = make([]keyInfo, m)
	for i := range k.Info {
		s := r.Uvarint()
		if s == 0 {
			continue
		}
		g := r.Uvarint()
		flags := r.Uvarint()
		if s > uint64(n) || g == 0 || g > uint64(len(k.Groups)) || flags > 3 {
			r.Fail()
			return k
		}
		k.Info[i] = keyInfo{surname: int32(s - 1), group: int32(g), known: true, full: flags&1 != 0, suffix: flags&2 != 0}
	}
	return k
}

// decodeTable reads what encodeTable wrote. The contributions share one
// backing array, each capped so that appending to one cannot overwrite
// the next.
func decodeTable(b []byte) (tableFile, error) {
	b, ok := bytes.CutPrefix(b, []byte(tableMagic))
	r := binio.Reader{B: b}
	f := tableFile{Version: int(r.Uvarint())}
	if !ok || r.Err != nil {
		return f, fmt.Errorf("people table: %w", errDamaged)
	}
	if f.Version < 3 || f.Version > tableVersion {
		return f, ErrTableVersion
	}
	f.Strings = r.Block()
	f.IDs = r.Block()
	f.Contribs = make([][]int32, len(f.IDs))
	all := make([]int32, 0, r.Count()) // each value takes a byte or more
	for i := range f.Contribs {
		m := r.Count()
		if len(all)+m > cap(all) {
			r.Fail()
		}
		if r.Err != nil {
			break
		}
		at := len(all)
		for range m {
			v := r.Varint()
			if v < math.MinInt32 || v > math.MaxInt32 {
				r.Fail()
			}
			all = append(all, int32(v))
		}
		f.Contribs[i] = all[at:len(all):len(all)]
	}
	if f.Version >= 4 && r.Err == nil {
		f.Keys = readKeys(&r, len(f.Strings))
	}
	if f.Version >= 5 && r.Err == nil {
		f.Counts = r.Bytes()
	}
	if r.Err != nil || len(r.B) != 0 {
		return f, fmt.Errorf("people table: %w", errDamaged)
	}
	return f, nil
}

// MarshalBinary encodes the table (see encodeTable).
func (t *Table) MarshalBinary() ([]byte, error) {
	t.mu.Lock()
	f := tableFile{Version: tableVersion, Strings: []string{""}}
	remap := map[int32]int32{0: 0}
	olds := []int32{0} // new id -> old id
	re := func(id int32) int32 {
		if n, ok := remap[id]; ok {
			return n
		}
		n := int32(len(f.Strings))
		f.Strings = append(f.Strings, t.pool[id])
		olds = append(olds, id)
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
	f.Counts = t.appendCounts(nil, re)
	f.Keys = t.keyFile(&olds, re)
	clear(t.pending)
	t.mu.Unlock()
	return encodeTable(&f), nil
}

// StaleKeyData says that the table was loaded from a file without this
// build's key data (an older layout, another storytui): saving it whole
// makes the next load faster.
func (t *Table) StaleKeyData() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.staleKeys
}

// infoBuild is the build whose key data a loaded table trusts (a
// variable, so tests can play another build).
var infoBuild = buildinfo.ID

// keyFile lists the key data of the strings of an encoded table, olds
// giving the table's id of each (re adds the surnames the strings name
// to the encoded strings, and to olds). Groups are numbered afresh, from
// 1.
func (t *Table) keyFile(olds *[]int32, re func(int32) int32) keyFile {
	k := keyFile{Build: infoBuild}
	renum := map[int32]int32{}
	var groupKeys map[int32]string
	for i := 0; i < len(*olds); i++ {
		old := (*olds)[i]
		if int(old) >= len(t.info) || !t.info[old].known {
			k.Info = append(k.Info, keyInfo{})
			continue
		}
		ki := t.info[old]
		g, ok := renum[ki.group]
		if !ok {
			if groupKeys == nil {
				groupKeys = make(map[int32]string, len(t.groupIDs))
				for key, id := range t.groupIDs {
					groupKeys[id] = key
				}
			}
			k.Groups = append(k.Groups, groupKeys[ki.group])
			g = int32(len(k.Groups))
			renum[ki.group] = g
		}
		ki.surname, ki.group = re(ki.surname), g
		k.Info = append(k.Info, ki)
	}
	return k
}

// UnmarshalBinary replaces the table's contents with an encoded table.
// On error the table is left as it was.
func (t *Table) UnmarshalBinary(b []byte) error {
	f, err := decodeTable(b)
	if err != nil {
		return err
	}
	if len(f.Strings) == 0 || f.Strings[0] != "" {
		return fmt.Errorf("people table: %w", errDamaged)
	}
	for _, enc := range f.Contribs {
		if !validRecords(enc, len(f.Strings)) {
			return fmt.Errorf("people table: %w", errDamaged)
		}
	}
	nt := NewTable()
	nt.pool = f.Strings
	nt.staleKeys = true
	if k := f.Keys; k.Build != "" && k.Build == infoBuild && len(k.Info) == len(f.Strings) {
		nt.staleKeys = false
		// Worked out by this build: keyInfo need not work it out again.
		// groupOf finds the group of a new key's surname in groupIDs.
		nt.info = k.Info
		nt.groupIDs = make(map[string]int32, len(k.Groups))
		for i, g := range k.Groups {
			nt.groupIDs[g] = int32(i + 1)
		}
	}
	// Room for the surnames keyInfo adds while the counts are applied:
	// growing a map of a quarter million strings rehashes all of them.
	nt.ids = make(map[string]int32, len(f.Strings)+len(f.Strings)/4)
	for i, s := range f.Strings {
		nt.ids[s] = int32(i)
	}
	nt.arts = make(map[string][]int32, len(f.IDs))
	nt.raw.by = make([]*acc, len(f.Strings), len(f.Strings)+len(f.Strings)/4)
	for i, id := range f.IDs {
		if _, dup := nt.arts[id]; dup {
			return fmt.Errorf("people table: %w", errDamaged)
		}
		nt.arts[id] = f.Contribs[i]
	}
	// This build's counts stand for applying every contribution; without
	// them (another build's table, an older layout) they are applied, and
	// counts that fail to read leave the table stale, to be saved whole.
	if !nt.staleKeys && !nt.useCounts(f.Counts) {
		nt.staleKeys = true
	}
	if nt.staleKeys {
		for i := range f.IDs {
			nt.apply(f.Contribs[i], 1)
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pool, t.ids, t.arts, t.raw, t.co, t.info, t.bySurname = nt.pool, nt.ids, nt.arts, nt.raw, nt.co, nt.info, nt.bySurname
	t.byGroup, t.vco, t.groups, t.groupIDs, t.variants = nt.byGroup, nt.vco, nt.groups, nt.groupIDs, nt.variants
	t.res, t.aux, t.lazy, t.lazyJ = nil, nil, nil, nil
	t.staleKeys = nt.staleKeys
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
