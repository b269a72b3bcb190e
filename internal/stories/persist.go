package stories

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"storytui/internal/binio"
)

// grouperMagic opens an encoded Grouper; its last byte is the version of
// the encoding, changed whenever the encoding or the features change.
const grouperMagic = "storytui grouper\x02" // 2: each doc's source

// ErrVersion is returned by UnmarshalBinary for a Grouper encoded by
// another version of the code.
var ErrVersion = errors.New("grouper of another version")

// MarshalBinary encodes everything Add needs to go on: the options, the
// term statistics, every doc in a story with its vector, and the stories.
// Removed docs and empty stories are left out, so the encoding (and the
// Grouper decoded from it) does not grow with churn. Vectors keep their
// exact weights: a decoded Grouper groups new docs as the original would.
func (g *Grouper) MarshalBinary() ([]byte, error) {
	var w writer
	// About what 60k articles take; growing 28 MB by doubling copies it
	// all several times.
	w.buf.Grow(len(g.docs)*400 + len(g.df)*16 + 1024)
	w.buf.WriteString(grouperMagic)
	o := g.opt
	for _, f := range []float64{o.Threshold, o.TitleWeight, o.NameShare, o.MaxDF} {
		w.f64(f)
	}
	for _, n := range []int{o.LeadWords, o.GraceDays, o.HalfLifeDays, o.WindowDays} {
		w.varint(int64(n))
	}
	w.uvarint(uint64(g.added))
	w.uvarint(uint64(len(g.names)))
	for i, k := range g.names {
		w.str(k)
		w.uvarint(uint64(g.df[i]))
	}
	// Stories renumbered without the empty ones.
	storyIdx := make([]int32, len(g.stories))
	var kept []int32
	for s, st := range g.stories {
		storyIdx[s] = -1
		if len(st.members) > 0 {
			storyIdx[s] = int32(len(kept))
			kept = append(kept, int32(s))
		}
	}
	w.uvarint(uint64(len(kept)))
	for _, s := range kept {
		w.str(g.stories[s].id)
	}
	n := 0
	for d := range g.docs {
		if !g.docs[d].gone {
			n++
		}
	}
	w.uvarint(uint64(n))
	for d := range g.docs {
		info := &g.docs[d]
		if info.gone {
			continue
		}
		w.str(info.id)
		w.str(info.title)
		w.str(info.source)
		w.varint(info.unix)
		dated := uint64(0)
		if info.dated {
			dated = 1
		}
		w.uvarint(dated)
		w.uvarint(uint64(storyIdx[g.story[d]]))
		w.f64(g.central[d])
		w.uvarint(uint64(len(info.vec)))
		prev := int32(0)
		for _, f := range info.vec {
			w.uvarint(uint64(f.id - prev)) // ids ascend
			prev = f.id
			w.f32(f.w)
		}
	}
	return w.buf.Bytes(), nil
}

// UnmarshalBinary replaces the Grouper with an encoded one. On error the
// Grouper is left as it was.
func (g *Grouper) UnmarshalBinary(b []byte) error {
	if !bytes.HasPrefix(b, []byte(grouperMagic[:len(grouperMagic)-1])) {
		return fmt.Errorf("grouper: %w", errDamaged)
	}
	if !bytes.HasPrefix(b, []byte(grouperMagic)) {
		return ErrVersion
	}
	r := binio.Reader{B: b[len(grouperMagic):]}
	var o Options
	o.Threshold, o.TitleWeight, o.NameShare, o.MaxDF = r.F64(), r.F64(), r.F64(), r.F64()
	o.LeadWords, o.GraceDays, o.HalfLifeDays, o.WindowDays = int(r.Varint()), int(r.Varint()), int(r.Varint()), int(r.Varint())
	if !o.sane() {
		return fmt.Errorf("grouper: %w", errDamaged)
	}
	ng := NewGrouper(o)
	ng.added = int(r.Uvarint())
	nf := r.Count()
	ng.names = make([]string, nf, room(nf))
	ng.df = make([]int32, nf, room(nf))
	ng.post = make([]postings, nf, room(nf))
	// The names share one copy of their part of the file: a quarter
	// million short strings at 60k articles.
	at := r.B
	for range nf {
		r.Bytes()
		r.Uvarint()
	}
	if r.Err == nil {
		nr := binio.Shared(at[:len(at)-len(r.B)])
		for i := range nf {
			ng.names[i] = nr.Str()
			ng.df[i] = int32(nr.Uvarint())
		}
	}
	ns := r.Count()
	ng.stories = make([]storyState, ns, room(ns))
	for s := range ng.stories {
		ng.stories[s].id = r.Str()
		ng.usedIDs[ng.stories[s].id] = true
	}
	nd := r.Count()
	ng.live = make(map[string]int32, nd)
	ng.docs = make([]docInfo, 0, room(nd))
	ng.story = make([]int32, 0, room(nd))
	ng.central = make([]float64, 0, room(nd))
	// The vectors are cut from shared blocks and each doc's id and title
	// from one string: a fresh allocation for each was a third of the
	// decoder's allocations at 60k articles.
	var block []feat
	var buf []byte
	sources := map[string]string{} // a few outlets, each kept once
	for d := range nd {
		idb, tb := r.Bytes(), r.Bytes()
		buf = append(append(buf[:0], idb...), tb...)
		both := string(buf)
		info := docInfo{id: both[:len(idb)], title: both[len(idb):]}
		info.source = intern(sources, r.Bytes())
		info.unix = r.Varint()
		info.dated = r.Uvarint() == 1
		if info.dated {
			info.day = int32(floorDiv(info.unix, 86400))
		}
		s := r.Uvarint()
		central := r.F64()
		nv := r.Count()
		if nv > len(block) {
			block = make([]feat, max(nv, 1<<14))
		}
		info.vec, block = block[:nv:nv], block[nv:]
		id := int32(0)
		for i := range info.vec {
			id += int32(r.Uvarint())
			info.vec[i] = feat{id, r.F32()}
			if id < 0 || int(id) >= nf {
				r.Fail()
			}
		}
		if r.Err != nil {
			break
		}
		if s >= uint64(ns) {
			return fmt.Errorf("grouper: %w", errDamaged)
		}
		ng.live[info.id] = int32(d)
		ng.docs = append(ng.docs, info)
		ng.story = append(ng.story, int32(s))
		ng.central = append(ng.central, central)
		ng.stories[s].members = append(ng.stories[s].members, int32(d))
	}
	if r.Err != nil || len(r.B) != 0 {
		return fmt.Errorf("grouper: %w", errDamaged)
	}
	// The postings are built when an Add needs them: adding one
	// article to 60k uses a few hundred of the features, and building
	// them all took a third of the time of decoding.
	ng.unbuilt = make([]bool, nf)
	for i := range ng.unbuilt {
		ng.unbuilt[i] = true
	}
	ng.left = nf
	if nf == 0 {
		ng.unbuilt = nil
	}
	*g = *ng
	return nil
}

var errDamaged = binio.ErrDamaged

// intern returns b as a string, the same string for equal bytes.
func intern(seen map[string]string, b []byte) string {
	if s, ok := seen[string(b)]; ok {
		return s
	}
	s := string(b)
	seen[s] = s
	return s
}

// room is the capacity given to a decoded list of n: the next additions
// fit without copying it. Adding one article to a decoded 60k grouper
// grew its lists of a quarter million features by copying them (0.09 s,
// mostly touching fresh memory); capacity never written costs no memory.
func room(n int) int {
	return n + n/16 + 256
}

func comparePostings(a, b posting) int {
	return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.doc, b.doc))
}

// sane reports whether options could have been set by a person: finite
// weights, windows of whole days within a century.
func (o Options) sane() bool {
	for _, f := range []float64{o.Threshold, o.TitleWeight, o.NameShare, o.MaxDF} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return false
		}
	}
	const century = 36525
	return o.GraceDays >= 0 && o.GraceDays <= century && o.WindowDays >= 0 && o.WindowDays <= century &&
		o.HalfLifeDays > 0 && o.HalfLifeDays <= century && o.LeadWords <= 1<<20
}

// writer appends the encoding.
type writer struct {
	buf bytes.Buffer
	tmp [binary.MaxVarintLen64]byte
}

func (w *writer) uvarint(v uint64) { w.buf.Write(binary.AppendUvarint(w.tmp[:0], v)) }
func (w *writer) varint(v int64)   { w.buf.Write(binary.AppendVarint(w.tmp[:0], v)) }
func (w *writer) str(s string)     { w.uvarint(uint64(len(s))); w.buf.WriteString(s) }
func (w *writer) f64(f float64) {
	w.buf.Write(binary.LittleEndian.AppendUint64(w.tmp[:0], math.Float64bits(f)))
}
func (w *writer) f32(f float32) {
	w.buf.Write(binary.LittleEndian.AppendUint32(w.tmp[:0], math.Float32bits(f)))
}
