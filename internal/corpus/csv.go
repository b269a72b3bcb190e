package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

// csvColumns maps header names (lower case) to the record field they fill.
// The "All the News" columns id,title,publication,author,date,year,month,
// url,content load as they are; year, month and an unnamed index column
// are ignored.
var csvColumns = map[string]string{
	"id": "id", "title": "title", "headline": "title",
	"text": "text", "content": "text", "body": "text",
	"source": "source", "publication": "source", "outlet": "source",
	"author": "author", "authors": "author",
	"date": "date", "url": "url",
}

// readCSV reads a header row and then one article per row. Physical lines
// are grouped into records by following CSV quoting, so a row's line is
// known exactly and a broken quote can be caught before it swallows the
// rest of the file: when a line inside an open quote looks like a whole
// new row, the open row is reported and reading resumes there.
func (rd *reader) readCSV(br *bufio.Reader, comma byte) {
	lr := lineReader{br: br}
	c := csvState{rd: rd, comma: comma}
	for {
		b, ok := lr.next()
		if !ok {
			break
		}
		c.line(rd.utf8Line(b, lr.line), lr.line)
		if c.stopped {
			return
		}
	}
	if lr.err == nil && c.inQuote {
		rd.problem(c.startLine, "broken quoting: quoted field never closed; row skipped")
	}
	if c.header == nil && !c.stopped && lr.err == nil {
		rd.problem(0, "no header row")
	}
	rd.finish(&lr)
}

type csvState struct {
	rd        *reader
	comma     byte
	header    []string // field name per column ("" to ignore)
	chunk     []byte   // the physical lines of the record being read
	startLine int
	inQuote   bool
	lastShape string // shape of the first field of the last good row
	stopped   bool
}

func (c *csvState) line(b []byte, n int) {
	if c.inQuote {
		if c.header != nil && c.looksLikeRow(b) {
			c.rd.problem(c.startLine, "broken quoting: quoted field not closed; row skipped")
			c.chunk = c.chunk[:0]
			c.inQuote = false
		} else {
			c.chunk = append(c.chunk, '\n')
			c.chunk = append(c.chunk, b...)
			c.inQuote, _ = scanQuotes(b, true, c.comma)
			if !c.inQuote {
				c.parse()
			}
			return
		}
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return
	}
	c.chunk = append(c.chunk[:0], b...)
	c.startLine = n
	c.inQuote, _ = scanQuotes(b, false, c.comma)
	if !c.inQuote {
		c.parse()
	}
}

// looksLikeRow reports whether a line met inside an open quote would on
// its own be a complete row with the header's number of fields, starting
// with a field shaped like the previous rows' first field.
func (c *csvState) looksLikeRow(b []byte) bool {
	open, fields := scanQuotes(b, false, c.comma)
	if open || fields != len(c.header) {
		return false
	}
	i := bytes.IndexByte(b, c.comma)
	if i < 0 {
		i = len(b)
	}
	shape := fieldShape(string(b[:i]))
	if c.lastShape == "" {
		return shape == "int" || shape == "token"
	}
	return shape == c.lastShape && shape != "text"
}

// fieldShape classifies a field loosely: ids and row numbers have a shape,
// prose does not.
func fieldShape(s string) string {
	s = strings.Trim(s, `"`)
	switch {
	case s == "":
		return "empty"
	case strings.Trim(s, "0123456789") == "":
		return "int"
	case len(s) <= 64 && !strings.ContainsAny(s, " \t"):
		return "token"
	}
	return "text"
}

// scanQuotes follows encoding/csv's LazyQuotes rules over one physical
// line, starting inside a quoted field or not, and reports whether a
// quoted field is still open at its end and how many fields the line holds
// when read on its own.
func scanQuotes(b []byte, inQuote bool, comma byte) (bool, int) {
	fields := 1
	fieldStart := !inQuote
	for i := 0; i < len(b); i++ {
		ch := b[i]
		if inQuote {
			if ch == '"' {
				if i+1 < len(b) && b[i+1] == '"' {
					i++
					continue
				}
				if i+1 == len(b) || b[i+1] == comma {
					inQuote = false
				}
			}
			continue
		}
		if ch == comma {
			fields++
			fieldStart = true
			continue
		}
		if ch == '"' && fieldStart {
			inQuote = true
		}
		fieldStart = false
	}
	return inQuote, fields
}

// parse reads the complete record in chunk.
func (c *csvState) parse() {
	r := csv.NewReader(bytes.NewReader(c.chunk))
	r.Comma = rune(c.comma)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		c.rd.problem(c.startLine, "bad CSV row: "+strings.TrimPrefix(err.Error(), "record on line 1: "))
		return
	}
	if c.header == nil {
		c.setHeader(rec)
		return
	}
	if len(rec) < len(c.header) {
		c.rd.problem(c.startLine, fmt.Sprintf("short row: %d fields, the header has %d; skipped", len(rec), len(c.header)))
		return
	}
	if len(rec) > len(c.header) && strings.TrimSpace(strings.Join(rec[len(c.header):], "")) != "" {
		c.rd.problem(c.startLine, fmt.Sprintf("long row: %d fields, the header has %d; skipped", len(rec), len(c.header)))
		return
	}
	var raw rawRecord
	for i, name := range c.header {
		v := rec[i]
		switch name {
		case "id":
			raw.ID = v
		case "title":
			raw.Title = first(raw.Title, v)
		case "text":
			raw.Text = first(raw.Text, v)
		case "source":
			raw.Source = first(raw.Source, v)
		case "author":
			raw.Author = v
		case "date":
			raw.Date = v
		case "url":
			raw.URL = v
		}
	}
	c.lastShape = fieldShape(rec[0])
	c.rd.record(raw, c.startLine)
}

func (c *csvState) setHeader(rec []string) {
	c.header = make([]string, len(rec))
	hasText := false
	for i, h := range rec {
		name := csvColumns[strings.ToLower(strings.TrimSpace(h))]
		c.header[i] = name
		hasText = hasText || name == "text"
	}
	if !hasText {
		c.rd.problem(c.startLine, "header has no text column (text, content or body); file skipped")
		c.stopped = true
	}
}
