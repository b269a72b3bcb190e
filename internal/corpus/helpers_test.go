package corpus

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

// readAll reads input as a file called name and returns what loaded and
// the problems as "line: reason" strings.
func readAll(t *testing.T, name string, input []byte) ([]Article, []Problem) {
	t.Helper()
	var got []Article
	probs := Read(name, bytes.NewReader(input), func(a Article) { got = append(got, a) })
	return got, probs
}

// problemLines renders problems as "line" strings for exact comparison.
func problemLines(probs []Problem) []string {
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = fmt.Sprint(p.Line)
	}
	return out
}

func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		if r > 0xffff {
			r = '?'
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

// utf16BE encodes s as UTF-16 big-endian with a byte-order mark.
func utf16BE(s string) []byte {
	out := []byte{0xfe, 0xff}
	for _, r := range s {
		if r > 0xffff {
			r = '?'
		}
		out = append(out, byte(r>>8), byte(r))
	}
	return out
}

func ids(arts []Article) string {
	var s []string
	for _, a := range arts {
		s = append(s, a.ID)
	}
	return strings.Join(s, ",")
}
