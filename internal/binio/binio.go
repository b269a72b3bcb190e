// Package binio reads and writes the hand-written binary files of the index and the
// story grouper (uvarints, varints, uvarint-prefixed strings and
// little-endian floats) so that each file's decoder lists only its
// layout, and a damaged file fails the same way in all of them.
package binio

import (
	"encoding/binary"
	"errors"
	"math"
)

// ErrDamaged is the error a Reader keeps after a read past the end of
// its bytes or of a bad varint.
var ErrDamaged = errors.New("damaged")

// Reader decodes B from the front. After the first error Err is set, B
// is empty and every read returns zero, so a decoder checks Err once, at
// the end (or before using a count it read).
type Reader struct {
	B   []byte
	Err error
	// s, when set by Shared, holds the bytes B started with: strings
	// are cut from it instead of copied one by one.
	s string
}

// Shared returns a Reader of b whose strings share one copy of b, made
// here: decoding a file of half a million short strings then allocates
// once instead of half a million times. The copy lives as long as any of
// them, so it suits files that are mostly strings kept together.
func Shared(b []byte) Reader {
	return Reader{B: b, s: string(b)}
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.B)
	if n <= 0 {
		r.Fail()
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Varint reads a signed varint.
func (r *Reader) Varint() int64 {
	v, n := binary.Varint(r.B)
	if n <= 0 {
		r.Fail()
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Count reads a length, refusing one longer than the bytes left could
// hold, so a damaged file cannot ask for a huge allocation.
func (r *Reader) Count() int {
	n := r.Uvarint()
	if n > uint64(len(r.B)) {
		r.Fail()
		return 0
	}
	return int(n)
}

// Str reads a uvarint-prefixed string.
func (r *Reader) Str() string {
	n := r.Count()
	var s string
	if r.s != "" {
		at := len(r.s) - len(r.B)
		s = r.s[at : at+n]
	} else {
		s = string(r.B[:n])
	}
	r.B = r.B[n:]
	return s
}

// Bytes reads a uvarint-prefixed string as bytes of B, not copied: to
// step over strings, or to look at one before deciding to keep it.
func (r *Reader) Bytes() []byte {
	n := r.Count()
	b := r.B[:n:n]
	r.B = r.B[n:]
	return b
}

// Strs reads a count and that many strings; nil for none, so a list
// written empty reads back as the zero value.
func (r *Reader) Strs() []string {
	n := r.Count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.Str()
	}
	return out
}

// Block reads what AppendBlock wrote: the strings are cut from one
// allocation of all their bytes, instead of one allocation each (a
// quarter million names in a people table), so they live and die
// together.
func (r *Reader) Block() []string {
	n := r.Count()
	if n == 0 {
		return nil
	}
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = r.Count()
		total += lens[i]
	}
	if r.Err != nil || total > len(r.B) {
		r.Fail()
		return nil
	}
	all := string(r.B[:total])
	r.B = r.B[total:]
	out := make([]string, n)
	for i, l := range lens {
		out[i], all = all[:l], all[l:]
	}
	return out
}

// F64 reads a little-endian float64.
func (r *Reader) F64() float64 {
	if len(r.B) < 8 {
		r.Fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.B))
	r.B = r.B[8:]
	return v
}

// F32 reads a little-endian float32.
func (r *Reader) F32() float32 {
	if len(r.B) < 4 {
		r.Fail()
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(r.B))
	r.B = r.B[4:]
	return v
}

// Fail marks the bytes damaged, for a value the decoder finds out of
// range; later reads return zero.
func (r *Reader) Fail() {
	if r.Err == nil {
		r.Err = ErrDamaged
	}
	r.B = nil
}
