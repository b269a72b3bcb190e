package index

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// The people table is saved whole in peopleName now and then, and
// between whole saves as deltas (aggregate.Table.MarshalDelta) in the
// delta log peopleLogName (see deltalog.go): rewriting ten megabytes for
// every added article cost a third of a second at 60k articles.
// peopleName is peopleMagic, a stamp, then the table (MarshalBinary).
// Each append is synced before the manifest is saved, so a file the
// manifest lists as done has its people in the table; the record of an
// update a crash cut short held articles the manifest did not list yet.
const (
	peopleLogName = "people.log"
	peopleMagic   = "storytui people\x03"
)

// peopleLogMax is the smallest log worth a whole save while a build
// goes on; the log grows to at most a quarter of the whole table's size
// before that. Between updates it is kept to peopleLogRest or a
// thirty-second of the table: reading a delta costs about twice what the
// same articles cost in the whole table, and every later open and update
// reads it (a 60k build left a 1.6 MB log that took 0.14 s of the 0.65 s
// an update spent loading the table).
const (
	peopleLogMax  = 1 << 20
	peopleLogRest = 64 << 10
)

// peopleLog is where the saved people table stands.
type peopleLog struct {
	mu    sync.Mutex
	stamp uint64 // of the saved whole table; 0 when none is known
	whole int    // its size
	size  int64  // the log's valid length; 0 when it must be started
	// must is set when the next save must be whole: a delta could not
	// be written, or the log could not be read.
	must bool
	// busy is set while an update writes articles: its saves may let the
	// log grow longer, as the update's last save tidies it.
	busy bool
}

// setBusy says whether an update is writing articles (see busy).
func (l *peopleLog) setBusy(b bool) {
	l.mu.Lock()
	l.busy = b
	l.mu.Unlock()
}

// savePeople writes what the people table changed since it was last
// saved: a delta appended to the log, or the table whole when there is
// no usable log or it grew too long.
func (ix *Index) savePeople() error {
	l := &ix.plog
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stamp != 0 && l.size > 0 && !l.must && l.size < max(peopleLogMax, int64(l.whole)/4) {
		d := ix.people.MarshalDelta()
		if l.busy || l.size+int64(len(d)) <= max(peopleLogRest, int64(l.whole)/32) {
			n, err := appendRecord(ix.dir, peopleLogName, l.size, d)
			if err == nil {
				l.size = n
				return nil
			}
		}
		// The delta's changes count as saved: only a whole save has them.
	}
	l.must = true
	b, err := ix.people.MarshalBinary()
	if err != nil {
		return err
	}
	stamp := uint64(time.Now().UnixNano()) | 1
	head := binary.LittleEndian.AppendUint64([]byte(peopleMagic), stamp)
	if err := writeAtomic(ix.dir, peopleName, append(head, b...)); err != nil {
		return err
	}
	l.stamp, l.whole, l.size = stamp, len(b), 0
	if err := startLog(ix.dir, peopleLogName, stamp); err != nil {
		return nil // the table is saved; the next save is whole again
	}
	l.size, l.must = 8, false
	return nil
}

// readPeople reads the saved table and applies the deltas of its log.
func (ix *Index) readPeople() error {
	b, err := os.ReadFile(filepath.Join(ix.dir, peopleName))
	if err != nil {
		return err
	}
	l := &ix.plog
	l.mu.Lock()
	defer l.mu.Unlock()
	var stamp uint64
	if bytes.HasPrefix(b, []byte(peopleMagic)) && len(b) >= len(peopleMagic)+8 {
		stamp = binary.LittleEndian.Uint64(b[len(peopleMagic):])
		b = b[len(peopleMagic)+8:]
	}
	// Else a table saved by an older storytui, without a stamp or log;
	// a later layout of this one fails to decode, and is rebuilt.
	if err := ix.people.UnmarshalBinary(b); err != nil {
		return err
	}
	l.stamp, l.whole, l.size, l.must = stamp, len(b), 0, true
	if stamp == 0 {
		return nil
	}
	b, err = os.ReadFile(filepath.Join(ix.dir, peopleLogName))
	if err != nil {
		return nil // no deltas of this table
	}
	recs, ok := logRecords(b, stamp)
	if !ok {
		return nil
	}
	// A table without this build's key data is saved whole by the next
	// update, so later opens load it faster (see aggregate.keyFile).
	l.size, l.must = 8, ix.people.StaleKeyData()
	for _, r := range recs {
		if ix.people.UnmarshalDelta(r.payload) != nil {
			break
		}
		l.size = r.end
	}
	return nil
}
