package index

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
)

// A delta log (people.log, stories.log) follows one whole save of a
// table: it opens with that save's 8-byte stamp, then holds records of a
// uvarint length, a payload and the payload's CRC-32 (IEEE,
// little-endian), each appended and synced by one update. A record a
// crash cut short, and whatever follows it, is not read, and the next
// append writes over it; a log opening with another stamp (a crash
// between a whole save and the log's restart) is not read at all.

// logRecord is one record of a log: its payload and where it ends.
type logRecord struct {
	payload []byte
	end     int64
}

// logRecords lists the whole records of log b when it follows the save
// stamped stamp; ok is false when it does not.
func logRecords(b []byte, stamp uint64) (recs []logRecord, ok bool) {
	if len(b) < 8 || binary.LittleEndian.Uint64(b) != stamp {
		return nil, false
	}
	off := 8
	for off < len(b) {
		n, k := binary.Uvarint(b[off:])
		if k <= 0 || n > uint64(len(b)) {
			break
		}
		end := off + k + int(n) + 4
		if end > len(b) {
			break
		}
		p := b[off+k : end-4]
		if crc32.ChecksumIEEE(p) != binary.LittleEndian.Uint32(b[end-4:end]) {
			break
		}
		recs = append(recs, logRecord{p, int64(end)})
		off = end
	}
	return recs, true
}

// startLog makes dir/name an empty log following the save stamped
// stamp; its valid length is then 8.
func startLog(dir, name string, stamp uint64) error {
	return writeAtomic(dir, name, binary.LittleEndian.AppendUint64(nil, stamp))
}

// appendRecord writes one record at valid, the end of the log's last
// whole record, syncs it and returns the log's new valid length.
func appendRecord(dir, name string, valid int64, payload []byte) (int64, error) {
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY, 0)
	if err != nil {
		return valid, err
	}
	rec := binary.AppendUvarint(make([]byte, 0, len(payload)+16), uint64(len(payload)))
	rec = append(rec, payload...)
	rec = binary.LittleEndian.AppendUint32(rec, crc32.ChecksumIEEE(payload))
	terr := f.Truncate(valid)
	_, werr := f.WriteAt(rec, valid)
	serr := f.Sync()
	cerr := f.Close()
	if err := firstErr(terr, werr, serr, cerr); err != nil {
		return valid, err
	}
	return valid + int64(len(rec)), nil
}
