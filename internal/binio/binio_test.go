package binio

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"testing"
)

func TestReaderRoundTrip(t *testing.T) {
	b := binary.AppendUvarint(nil, 300)
	b = binary.AppendVarint(b, -7)
	b = binary.AppendUvarint(b, 3)
	b = append(b, "abc"...)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(1.5))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(-2.25))
	r := Reader{B: b}
	if u, v, s, f, g := r.Uvarint(), r.Varint(), r.Str(), r.F64(), r.F32(); u != 300 || v != -7 || s != "abc" || f != 1.5 || g != -2.25 {
		t.Errorf("read %d %d %q %v %v", u, v, s, f, g)
	}
	if r.Err != nil || len(r.B) != 0 {
		t.Errorf("after reading all: err %v, %d bytes left", r.Err, len(r.B))
	}
}

func TestReaderStrs(t *testing.T) {
	b := binary.AppendUvarint(nil, 2)
	b = append(append(b, 1, 'a'), 2, 'b', 'c')
	b = binary.AppendUvarint(b, 0)
	r := Reader{B: b}
	if got := r.Strs(); len(got) != 2 || got[0] != "a" || got[1] != "bc" {
		t.Errorf("Strs = %q, want [a bc]", got)
	}
	if got := r.Strs(); got != nil {
		t.Errorf("empty Strs = %q, want nil", got)
	}
	r = Reader{B: []byte{3, 1, 'a'}}
	r.Strs()
	if !errors.Is(r.Err, ErrDamaged) {
		t.Errorf("three strings in three bytes: err %v, want ErrDamaged", r.Err)
	}
}

func TestReaderDamaged(t *testing.T) {
	for _, c := range []struct {
		name string
		b    []byte
		read func(*Reader)
	}{
		{"empty uvarint", nil, func(r *Reader) { r.Uvarint() }},
		{"empty varint", nil, func(r *Reader) { r.Varint() }},
		{"count past the end", []byte{5, 'a'}, func(r *Reader) { r.Count() }},
		{"string past the end", []byte{2, 'a'}, func(r *Reader) { r.Str() }},
		{"short float64", []byte{1, 2, 3}, func(r *Reader) { r.F64() }},
		{"short float32", []byte{1, 2, 3}, func(r *Reader) { r.F32() }},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Reader{B: c.b}
			c.read(&r)
			if !errors.Is(r.Err, ErrDamaged) {
				t.Errorf("err %v, want ErrDamaged", r.Err)
			}
			if got := r.Str(); got != "" || len(r.B) != 0 {
				t.Errorf("after the error: read %q, %d bytes left", got, len(r.B))
			}
		})
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte{3, 'a', 'b', 'c', 0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		// A Shared reader reads what a plain one does.
		r, sh := Reader{B: b}, Shared(b)
		for r.Err == nil && len(r.B) > 0 {
			if a, c := r.Str(), sh.Str(); a != c {
				t.Fatalf("Str: %q, shared %q", a, c)
			}
			if a, c := r.Varint(), sh.Varint(); a != c {
				t.Fatalf("Varint: %d, shared %d", a, c)
			}
			r.F32()
			sh.F32()
			if a, c := r.Block(), sh.Block(); !slices.Equal(a, c) {
				t.Fatalf("Block: %q, shared %q", a, c)
			}
		}
		if (r.Err == nil) != (sh.Err == nil) || len(r.B) != len(sh.B) {
			t.Fatalf("ended with %v and %d bytes, shared %v and %d", r.Err, len(r.B), sh.Err, len(sh.B))
		}
	})
}

func TestSharedReadsAlike(t *testing.T) {
	b := AppendStrs(AppendStr(nil, "héllo"), []string{"", "a", "bc"})
	b = binary.AppendUvarint(b, 9)
	b = AppendStr(b, "tail")
	r := Shared(b)
	s, ss, n, tail := r.Str(), r.Strs(), r.Uvarint(), r.Str()
	if s != "héllo" || !slices.Equal(ss, []string{"", "a", "bc"}) || n != 9 || tail != "tail" || r.Err != nil || len(r.B) != 0 {
		t.Errorf("read back %q %q %d %q, err %v, %d bytes left", s, ss, n, tail, r.Err, len(r.B))
	}
	b[1] = 'X' // the strings are the Reader's copy, not the caller's bytes
	if s != "héllo" {
		t.Errorf("a string changed with the bytes it was read from: %q", s)
	}
	r = Shared([]byte{2, 'a'})
	if got := r.Str(); got != "" || !errors.Is(r.Err, ErrDamaged) {
		t.Errorf("string past the end: %q, err %v", got, r.Err)
	}
}

func TestAppendReadsBack(t *testing.T) {
	b := AppendStrs(AppendStr(nil, "héllo"), []string{"", "a", "bc"})
	b = AppendStrs(b, nil)
	r := Reader{B: b}
	s, ss, none := r.Str(), r.Strs(), r.Strs()
	if s != "héllo" || len(ss) != 3 || ss[0] != "" || ss[2] != "bc" || none != nil || r.Err != nil || len(r.B) != 0 {
		t.Errorf("read back %q %q %q, err %v, %d bytes left", s, ss, none, r.Err, len(r.B))
	}
}

func TestBlock(t *testing.T) {
	want := []string{"", "Nancy Pelosi", "é", "", "x"}
	b := AppendBlock(AppendBlock(nil, want), nil)
	r := Reader{B: b}
	got, none := r.Block(), r.Block()
	if !slices.Equal(got, want) || none != nil || r.Err != nil || len(r.B) != 0 {
		t.Errorf("read back %q %q, err %v, %d bytes left", got, none, r.Err, len(r.B))
	}
	for cut := range len(b) - 1 { // the last byte is the empty block
		r := Reader{B: b[:cut]}
		if r.Block(); r.Err == nil {
			t.Errorf("cut at %d of %d: no error", cut, len(b))
		}
	}
}
