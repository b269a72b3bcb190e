package index

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// The people table is saved whole in peopleName now and then, and
// between whole saves as deltas (aggregate.Table.MarshalDelta) appended
// to peopleLogName: rewriting ten megabytes for every added article cost
// a third of a second at 60k articles. peopleName is peopleMagic, a
// stamp, then the table (MarshalBinary); peopleLogName is the stamp of
// the whole table it follows, then records of a uvarint length, a delta
// and the delta's CRC-32 (IEEE, little-endian). Each append is synced
// before the manifest is saved, so a file the manifest lists as done has
// its people in the table. A record cut short by a crash, or a log of
// another whole table (a crash between the two writes of a whole save),
// is ignored: the deltas before it stand, and what it held was not yet
// listed by the manifest.
const (
	peopleLogName = "people.log"
	peopleMagic   = "storytui people\x02"
)

// peopleLogMax is the smallest log worth a whole save; a log grows to
// at most a quarter of the whole table's size before that.
const peopleLogMax = 1 << 20

// peopleLog is where the saved people table stands.
type peopleLog struct {
	mu    sync.Mutex
	stamp uint64 // of the saved whole table; 0 when none is known
	whole int    // its size
	size  int64  // the log's valid length; 0 when it must be started
	// must is set when the next save must be whole: a delta could not
	// be written, or the log could not be read.
	must bool
}

// savePeople writes what the people table changed since it was last
// saved: a delta appended to the log, or the table whole when there is
// no usable log or it grew too long.
func (ix *Index) savePeople() error {
	l := &ix.plog
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stamp != 0 && l.size > 0 && !l.must && l.size < max(peopleLogMax, int64(l.whole)/4) {
		if err := l.append(ix.dir, ix.people.MarshalDelta()); err == nil {
			return nil
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
	if err := writeAtomic(ix.dir, peopleLogName, binary.LittleEndian.AppendUint64(nil, stamp)); err != nil {
		return nil // the table is saved; the next save is whole again
	}
	l.size, l.must = 8, false
	return nil
}

// append adds one delta to the log and syncs it. A torn record a crash
// left after the valid length is overwritten.
func (l *peopleLog) append(dir string, delta []byte) error {
	f, err := os.OpenFile(filepath.Join(dir, peopleLogName), os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	rec := binary.AppendUvarint(nil, uint64(len(delta)))
	rec = append(rec, delta...)
	rec = binary.LittleEndian.AppendUint32(rec, crc32.ChecksumIEEE(delta))
	terr := f.Truncate(l.size)
	_, werr := f.WriteAt(rec, l.size)
	serr := f.Sync()
	cerr := f.Close()
	if err := firstErr(terr, werr, serr, cerr); err != nil {
		return err
	}
	l.size += int64(len(rec))
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
	log, err := os.ReadFile(filepath.Join(ix.dir, peopleLogName))
	if err != nil || len(log) < 8 || binary.LittleEndian.Uint64(log) != stamp {
		return nil // no deltas of this table
	}
	off := 8
	for off < len(log) {
		n, k := binary.Uvarint(log[off:])
		end := off + k + int(n) + 4
		if k <= 0 || n > uint64(len(log)) || end > len(log) {
			break
		}
		delta := log[off+k : end-4]
		if crc32.ChecksumIEEE(delta) != binary.LittleEndian.Uint32(log[end-4:end]) || ix.people.UnmarshalDelta(delta) != nil {
			break
		}
		off = end
	}
	l.size, l.must = int64(off), false
	return nil
}
