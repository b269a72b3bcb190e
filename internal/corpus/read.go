package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ReadFile opens, decodes and cleans every article of one file, calling
// emit for each; bad records are reported and skipped, the rest still
// loaded. Never panics.
func ReadFile(path string, emit func(Article)) []Problem {
	f, err := os.Open(path)
	if err != nil {
		return []Problem{{File: path, Reason: reason(err)}}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return []Problem{{File: path, Reason: "is a directory"}}
	}
	return Read(path, f, emit)
}

// Read is ReadFile over an open reader; name (its extension, including a
// trailing .gz) picks the format and is used in Problems and as
// Article.File.
func Read(name string, r io.Reader, emit func(Article)) (probs []Problem) {
	rd := &reader{name: name, emit: emit}
	defer func() {
		// A reader bug must cost one file, not the whole load.
		if v := recover(); v != nil {
			rd.problem(0, fmt.Sprintf("internal error while reading: %v", v))
		}
		// Records are cleaned in batches, so their problems can be found
		// after a later line's: report in line order.
		slices.SortStableFunc(rd.probs, func(a, b Problem) int { return a.Line - b.Line })
		probs = rd.probs
	}()
	rd.run(r)
	return rd.probs
}

// ReadFS reads every supported file of an fs.FS (used for the embedded
// default corpus data.FS), in lexical order, skipping hidden entries.
func ReadFS(fsys fs.FS, emit func(Article)) []Problem {
	var probs []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{File: p, Reason: reason(err)})
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !Supported(p) {
			return nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			probs = append(probs, Problem{File: p, Reason: reason(err)})
			return nil
		}
		probs = append(probs, Read(p, f, emit)...)
		f.Close()
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{File: ".", Reason: err.Error()})
	}
	return probs
}

// reader holds the state of reading one file.
type reader struct {
	name        string
	emit        func(Article)
	probs       []Problem
	encReported bool // invalid UTF-8 is reported once per file
	batch       []pending
}

func (rd *reader) problem(line int, why string) {
	rd.probs = append(rd.probs, Problem{File: rd.name, Line: line, Reason: why})
}

const sniffLen = 8 << 10

// run unwraps compression and byte-order marks, rejects binary and empty
// input, then hands the decoded stream to the format's reader.
func (rd *reader) run(r io.Reader) {
	fmtKind, _ := formatOf(rd.name)
	if fmtKind == formatNone {
		rd.problem(0, "unsupported file type")
		return
	}
	br := bufio.NewReaderSize(r, 64<<10)
	// Trust the content over the name: gzip is recognised by its magic
	// number, so a mislabelled .jsonl.gz or a gzipped .jsonl both load.
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			rd.problem(0, "bad gzip data: "+readErr(err))
			return
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	if _, err := br.Peek(1); err != nil {
		if err == io.EOF {
			rd.problem(0, "empty file")
		} else {
			rd.problem(0, "read error: "+readErr(err))
		}
		return
	}
	br = rd.unwrapBOM(br)
	head, err := br.Peek(sniffLen)
	if len(head) == 0 {
		if err == io.EOF {
			rd.problem(0, "empty file")
		} else {
			rd.problem(0, "read error: "+readErr(err))
		}
		return
	}
	if bytes.IndexByte(head, 0) >= 0 && looksBinary(head) {
		rd.problem(0, "binary file (contains NUL bytes); skipped")
		return
	}
	// A stray NUL in text (a bad scrape, a crashed writer) must not cost
	// the file: it is dropped and reported once. A file that fits in the
	// sniffed head and has none needs no filter.
	if len(head) == sniffLen || bytes.IndexByte(head, 0) >= 0 {
		br = bufio.NewReaderSize(&nulDropper{r: br, rd: rd, line: 1}, 64<<10)
	}
	switch fmtKind {
	case formatText:
		rd.readText(br)
	case formatJSONL:
		rd.readJSONL(br)
	case formatJSON:
		rd.readJSON(br)
	case formatCSV:
		rd.readCSV(br, ',')
	case formatTSV:
		rd.readCSV(br, '\t')
	case formatHTML:
		rd.readHTML(br)
	case formatFeed:
		rd.readFeed(br)
	}
	rd.flush()
}

// looksBinary reports whether the start of a file holds control bytes
// often enough to be binary data (about 11% of random bytes are) rather
// than text with a stray NUL or two.
func looksBinary(head []byte) bool {
	n := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f {
			n++
		}
	}
	return n >= 2 && n*100 > len(head)
}

// nulDropper removes NUL bytes from a stream, reporting the line of the
// first one.
type nulDropper struct {
	r        io.Reader
	rd       *reader
	line     int // line of the next byte, until a NUL is reported
	reported bool
}

func (d *nulDropper) Read(p []byte) (int, error) {
	for {
		n, err := d.r.Read(p)
		b := p[:n]
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			if !d.reported {
				d.line += bytes.Count(b, []byte{'\n'})
			}
			return n, err
		}
		if !d.reported {
			d.reported = true
			d.rd.problem(d.line+bytes.Count(b[:i], []byte{'\n'}), "NUL bytes removed")
		}
		k := i
		for _, c := range b[i:] {
			if c != 0 {
				b[k] = c
				k++
			}
		}
		// A read of nothing but NULs must not look like a stalled reader.
		if k > 0 || err != nil {
			return k, err
		}
	}
}

// unwrapBOM drops a UTF-8 byte-order mark and decodes UTF-16 marked by one.
func (rd *reader) unwrapBOM(br *bufio.Reader) *bufio.Reader {
	bom, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(bom, []byte{0xef, 0xbb, 0xbf}):
		br.Discard(3)
	case bytes.HasPrefix(bom, []byte{0xff, 0xfe}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		return bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	case bytes.HasPrefix(bom, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		return bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	}
	return br
}

// readErr words a read error for a user: a cut-off gzip stream is the
// common case.
func readErr(err error) string {
	if err == io.ErrUnexpectedEOF {
		return "unexpected end of data (truncated file?)"
	}
	return err.Error()
}

// utf8Line returns b as valid UTF-8, repairing it if needed; line is where
// b starts, for the one report per file.
func (rd *reader) utf8Line(b []byte, line int) []byte {
	if utf8.Valid(b) {
		return b
	}
	fixed, how, off := repairUTF8(b)
	if !rd.encReported {
		rd.encReported = true
		rd.problem(line+bytes.Count(b[:off], []byte{'\n'}), "invalid UTF-8 "+how)
	}
	return fixed
}

// repairUTF8 decodes text that is not valid UTF-8. If it holds no valid
// multi-byte sequence at all it was most likely written as Windows-1252
// (or Latin-1, its subset), so it is decoded as such; otherwise the stray
// bytes are replaced. It also returns the offset of the first bad byte.
func repairUTF8(b []byte) ([]byte, string, int) {
	first := -1
	multi := false
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
		} else {
			multi = true
		}
		i += size
	}
	if first < 0 {
		first = 0
	}
	if !multi {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err == nil && utf8.Valid(out) {
			return out, "(decoded as Windows-1252)", first
		}
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD")), "(bad bytes replaced)", first
}

// lineReader returns lines of any length (no bufio.Scanner limit), without
// their line endings, counting them from 1.
type lineReader struct {
	br   *bufio.Reader
	line int
	buf  []byte
	err  error // the first read error other than io.EOF
}

// next returns the next line, valid until the following call. At the end
// of input or on a read error it returns false; a line cut off by a read
// error is dropped, since it is known to be incomplete.
func (lr *lineReader) next() ([]byte, bool) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.buf = append(lr.buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err != io.EOF {
				lr.err = err
				return nil, false
			}
			if len(lr.buf) == 0 {
				return nil, false
			}
		}
		break
	}
	lr.line++
	b := lr.buf
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b, true
}

// finish reports a read error that stopped lr, if any.
func (rd *reader) finish(lr *lineReader) {
	rd.flush()
	if lr.err != nil {
		rd.problem(lr.line+1, "read error: "+readErr(lr.err)+"; the articles before it were loaded")
	}
}

// baseID is a file's name without directories and without its extensions
// (.gz and the format's), the id of a one-article file.
func baseID(name string) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	lower := strings.ToLower(base)
	if strings.HasSuffix(lower, ".gz") {
		base = base[:len(base)-3]
	}
	if ext := path.Ext(base); ext != "" {
		base = base[:len(base)-len(ext)]
	}
	return base
}
