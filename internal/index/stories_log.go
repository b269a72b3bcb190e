package index

import (
	"encoding/binary"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"

	"storytui/internal/binio"
	"storytui/internal/stories"
)

// An update that adds or removes a few articles does not rewrite
// grouperName and storiesName (38 MB at 60k articles, most of a second
// to encode); it appends what it changed to the delta log storiesLogName
// (see deltalog.go), which follows the pair's stamp: the articles it
// removed and added (as grouped, so the saved grouper can redo the same
// Remove and Add) and the stories that changed as a result. A reader of
// the view applies the changed stories; a reader of the grouper redoes
// the changes, which give the same stories. Each record carries the
// stamp of the state it makes, which stories-top.bin is stamped with; a
// record cut short by a crash is ignored, and the next update repairs
// the stories of the articles it held, as it repairs any others. Large
// updates, a log grown past storiesLogMax or storiesLogRecs records, or
// a grouper not read from the pair save the pair whole and start the
// log again.
const (
	storiesLogName    = "stories.log"
	storiesLogVersion = 1
	// storiesLogDocs is the most articles an update may add or remove
	// and still be saved as a delta: redoing a delta costs its grouping
	// again at every start of an update.
	storiesLogDocs = 2000
	storiesLogMax  = 8 << 20
	// storiesLogRecs bounds the records a reader of the grouper redoes,
	// each a grouping of its own (a few milliseconds at 60k articles).
	storiesLogRecs = 64
)

// storyDelta is one record of storiesLogName.
type storyDelta struct {
	stamp    uint64 // of the state it makes
	articles uint64 // in the stories then
	gone     []string
	add      []stories.Doc
	changed  []stories.Story // as Grouper.Touched gives them
}

// The layout of a record's payload: the version, stamp and number of
// articles (uvarints), the removed ids, the added docs (id, title, lead
// text, source, date as Unix seconds + 1 (0 when undated) and
// nanoseconds, people) and the changed stories (id, title, member ids),
// each list after its length.
func encodeDelta(d *storyDelta) []byte {
	b := binary.AppendUvarint(nil, storiesLogVersion)
	b = binary.AppendUvarint(b, d.stamp)
	b = binary.AppendUvarint(b, d.articles)
	b = binio.AppendStrs(b, d.gone)
	b = binary.AppendUvarint(b, uint64(len(d.add)))
	for _, doc := range d.add {
		b = binio.AppendStr(b, doc.ID)
		b = binio.AppendStr(b, doc.Title)
		b = binio.AppendStr(b, doc.Text)
		b = binio.AppendStr(b, doc.Source)
		b = binary.AppendUvarint(b, unixSecs(doc.Date))
		b = binary.AppendUvarint(b, uint64(doc.Date.Nanosecond()))
		b = binio.AppendStrs(b, doc.People)
	}
	b = binary.AppendUvarint(b, uint64(len(d.changed)))
	for _, st := range d.changed {
		b = binio.AppendStr(b, st.ID)
		b = binio.AppendStr(b, st.Title)
		b = binio.AppendStrs(b, st.Members)
	}
	return b
}

func decodeDelta(b []byte) (*storyDelta, error) {
	r := binio.Reader{B: b}
	if r.Uvarint() != storiesLogVersion {
		return nil, errStoriesVersion
	}
	d := &storyDelta{stamp: r.Uvarint(), articles: r.Uvarint()}
	d.gone = r.Strs()
	d.add = make([]stories.Doc, r.Count())
	for i := range d.add {
		doc := &d.add[i]
		doc.ID, doc.Title, doc.Text, doc.Source = r.Str(), r.Str(), r.Str(), r.Str()
		secs, nanos := r.Uvarint(), r.Uvarint()
		if secs != 0 {
			doc.Date = fromUnixSecs(secs).Add(time.Duration(nanos % 1e9))
		}
		doc.People = r.Strs()
	}
	d.changed = make([]stories.Story, r.Count())
	for i := range d.changed {
		st := &d.changed[i]
		st.ID, st.Title = r.Str(), r.Str()
		st.Members = r.Strs()
	}
	if r.Err != nil || len(r.B) != 0 {
		return nil, errStoriesDamaged
	}
	return d, nil
}

// readStoriesLog reads the deltas of storiesLogName that follow the
// pair stamped base, and the log's valid length; ok is false when the
// log is missing or follows another pair. A damaged record ends it.
func readStoriesLog(dir string, base uint64) (ds []*storyDelta, valid int64, ok bool) {
	b, err := os.ReadFile(filepath.Join(dir, storiesLogName))
	if err != nil {
		return nil, 0, false
	}
	recs, ok := logRecords(b, base)
	if !ok {
		return nil, 0, false
	}
	valid = 8
	for _, rec := range recs {
		d, err := decodeDelta(rec.payload)
		if err != nil {
			break
		}
		ds = append(ds, d)
		valid = rec.end
	}
	return ds, valid, true
}

// withDeltas returns v as the deltas, in order, change it; v is left as
// it was (queries may be reading it).
func (v *storyView) withDeltas(ds []*storyDelta) *storyView {
	if len(ds) == 0 {
		return v
	}
	meta := maps.Clone(v.meta)
	changed := map[string]stories.Story{} // the last state of each
	for _, d := range ds {
		for _, id := range d.gone {
			delete(meta, id)
		}
		for _, doc := range d.add {
			meta[doc.ID] = &artMeta{Outlet: doc.Source, Date: doc.Date, People: doc.People}
		}
		for _, st := range d.changed {
			changed[st.ID] = st
		}
	}
	list := make([]storyEntry, 0, len(v.list)+len(changed))
	for _, e := range v.list {
		if _, ok := changed[e.ID]; !ok {
			list = append(list, e)
		}
	}
	for _, st := range changed {
		if len(st.Members) > 0 {
			list = append(list, newEntry(st, meta))
		}
	}
	slices.SortFunc(list, compareEntries)
	return indexView(list, meta)
}

// newEntry makes the view's entry of a story, with the date of its
// newest dated member, which ranks it.
func newEntry(st stories.Story, meta map[string]*artMeta) storyEntry {
	e := storyEntry{ID: st.ID, Title: st.Title, Members: st.Members}
	for _, id := range st.Members {
		if m := meta[id]; m != nil && !m.Date.IsZero() {
			if u := m.Date.Unix(); !e.dated || u > e.newest {
				e.newest, e.dated = u, true
			}
		}
	}
	return e
}

// compareEntries ranks stories as Grouper.Stories does: largest first,
// then the most recent, then by id.
func compareEntries(a, b storyEntry) int {
	switch {
	case len(a.Members) != len(b.Members):
		return len(b.Members) - len(a.Members)
	case a.dated != b.dated:
		if a.dated {
			return -1
		}
		return 1
	case a.newest != b.newest:
		if a.newest > b.newest {
			return -1
		}
		return 1
	}
	if a.ID < b.ID {
		return -1
	}
	if a.ID > b.ID {
		return 1
	}
	return 0
}
