package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// jsonFields are the keys a JSON record may use; encoding/json matches
// them case-insensitively and ignores every other key.
type jsonFields struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Headline    string `json:"headline"`
	Text        string `json:"text"`
	Content     string `json:"content"`
	Body        string `json:"body"`
	Source      string `json:"source"`
	Publication string `json:"publication"`
	Outlet      string `json:"outlet"`
	Author      string `json:"author"`
	Date        string `json:"date"`
	Published   string `json:"published"`
	PublishedAt string `json:"publishedAt"`
	PubDate     string `json:"published_at"`
	URL         string `json:"url"`
}

func (f *jsonFields) raw() rawRecord {
	return rawRecord{
		ID:     f.ID,
		Title:  first(f.Title, f.Headline),
		Text:   first(f.Text, f.Content, f.Body),
		Source: first(f.Source, f.Publication, f.Outlet),
		Author: f.Author,
		Date:   first(f.Date, f.PublishedAt, f.PubDate, f.Published),
		URL:    f.URL,
	}
}

// first returns the first of ss that is not blank.
func first(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// readJSONL reads one JSON object per line; a bad line costs only itself.
func (rd *reader) readJSONL(br *bufio.Reader) {
	lr := lineReader{br: br}
	for {
		b, ok := lr.next()
		if !ok {
			break
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		rd.jsonRecord(rd.utf8Line(b, lr.line), lr.line)
	}
	rd.finish(&lr)
}

// jsonRecord decodes one JSON object. The common all-strings record takes
// the fast typed path; numbers, nulls or arrays in a field fall back to a
// generic decode.
func (rd *reader) jsonRecord(b []byte, line int) {
	var f jsonFields
	err := json.Unmarshal(b, &f)
	if err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			f, err = looseFields(b)
		}
	}
	if err != nil {
		rd.problem(line, "malformed JSON record: "+jsonErr(err))
		return
	}
	raw := f.raw()
	if strings.TrimSpace(raw.Text) == "" && rd.wrapped(b, line) {
		return
	}
	rd.record(raw, line)
}

// wrapped reads an object that holds the articles in an array field, as
// news APIs return them ({"status": "ok", "articles": [...]}). It reports
// whether it found such an array; its elements get the object's line.
func (rd *reader) wrapped(b []byte, line int) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(b, &m) != nil {
		return false
	}
	for _, v := range m {
		v = bytes.TrimSpace(v)
		if len(v) < 2 || v[0] != '[' {
			continue
		}
		var elems []json.RawMessage
		if json.Unmarshal(v, &elems) != nil || len(elems) == 0 {
			continue
		}
		if e := bytes.TrimSpace(elems[0]); len(e) == 0 || e[0] != '{' {
			continue
		}
		for _, e := range elems {
			rd.jsonRecord(e, line)
		}
		return true
	}
	return false
}

// errNotObject is reported for a record that is valid JSON but not an
// object.
var errNotObject = errors.New("not a JSON object")

// looseFields decodes a record whose fields are not all strings.
func looseFields(b []byte) (jsonFields, error) {
	var f jsonFields
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return f, err
	}
	m, ok := v.(map[string]any)
	if !ok {
		return f, errNotObject
	}
	for k, v := range m {
		s := flatten(v)
		switch strings.ToLower(k) {
		case "id":
			f.ID = s
		case "title":
			f.Title = s
		case "headline":
			f.Headline = s
		case "text":
			f.Text = s
		case "content":
			f.Content = s
		case "body":
			f.Body = s
		case "source":
			f.Source = s
		case "publication":
			f.Publication = s
		case "outlet":
			f.Outlet = s
		case "author", "authors":
			f.Author = first(f.Author, s)
		case "date", "publishedat", "published_at", "published", "pubdate", "datepublished":
			f.Date = first(f.Date, s)
		case "url", "link":
			f.URL = first(f.URL, s)
		}
	}
	return f, nil
}

// flatten turns a JSON value into the string a text field wants: scalars
// as written, lists joined (several authors, paragraphs as a list).
func flatten(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return fmt.Sprint(v)
	case map[string]any:
		// A nested source or author object, as news APIs write them.
		for _, k := range []string{"name", "title", "id"} {
			if s, ok := v[k].(string); ok {
				return s
			}
		}
		return ""
	case []any:
		parts := make([]string, 0, len(v))
		paragraphs := false
		for _, e := range v {
			s := flatten(e)
			if s == "" {
				continue
			}
			if len(s) > 80 {
				paragraphs = true
			}
			parts = append(parts, s)
		}
		if paragraphs {
			return strings.Join(parts, "\n\n")
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// jsonErr shortens encoding/json's messages.
func jsonErr(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// readJSON reads a .json file: one object, an array of objects, or several
// objects one after another. Elements are split out by a small scanner so
// that one malformed element is reported at its own line and the others
// still load.
func (rd *reader) readJSON(br *bufio.Reader) {
	lr := lineReader{br: br}
	s := jsonSplitter{rd: rd}
	for {
		b, ok := lr.next()
		if !ok {
			break
		}
		s.line(rd.utf8Line(b, lr.line), lr.line)
		if s.stopped {
			break
		}
	}
	if lr.err == nil {
		s.end()
	}
	rd.finish(&lr)
}

const (
	jsonStart  = iota // nothing seen yet
	jsonArray         // inside the top-level array
	jsonValues        // a sequence of top-level objects
	jsonDone          // after the top-level array
)

// jsonSplitter cuts a JSON document into its records, tracking strings and
// nesting. A string left open at the end of a line (JSON strings cannot
// hold a raw newline) or a line opening an object where a key belongs
// marks a broken record: it is reported and scanning resumes at the next
// line that starts an object.
type jsonSplitter struct {
	rd       *reader
	mode     int
	depth    int
	inStr    bool
	esc      bool
	elem     []byte
	elemLine int // 0 when no element is open
	skipping bool
	stopped  bool
}

func (s *jsonSplitter) base() int {
	if s.mode == jsonArray {
		return 1
	}
	return 0
}

func (s *jsonSplitter) line(b []byte, n int) {
	t := bytes.TrimLeft(b, " \t")
	if s.skipping {
		if len(t) == 0 || (t[0] != '{' && t[0] != ']') {
			return
		}
		s.skipping = false
	}
	if s.elemLine > 0 && !s.inStr && s.depth == s.base()+1 && len(t) > 0 && t[0] == '{' {
		s.rd.problem(s.elemLine, "malformed JSON record: object not closed")
		s.reset()
	}
	start := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if s.inStr {
			switch {
			case s.esc:
				s.esc = false
			case c == '\\':
				s.esc = true
			case c == '"':
				s.inStr = false
			}
			continue
		}
		if s.elemLine == 0 {
			if c == ' ' || c == '\t' || c == '\r' {
				continue
			}
			switch s.mode {
			case jsonStart:
				switch c {
				case '[':
					s.mode, s.depth = jsonArray, 1
					continue
				case '{':
					s.mode = jsonValues
				default:
					s.rd.problem(n, "not JSON: the file must hold an object or an array of objects")
					s.stopped = true
					return
				}
			case jsonArray:
				if c == ',' {
					continue
				}
				if c == ']' {
					s.mode, s.depth = jsonDone, 0
					continue
				}
			case jsonValues:
				if c != '{' {
					s.rd.problem(n, "unexpected text between JSON objects; skipped to the next line")
					return
				}
			case jsonDone:
				s.rd.problem(n, "unexpected text after the JSON array; ignored")
				s.stopped = true
				return
			}
			s.elemLine, start = n, i
		}
		switch c {
		case '"':
			s.inStr = true
		case '{', '[':
			s.depth++
		case '}', ']':
			s.depth--
			if s.mode == jsonArray && s.depth == 0 {
				s.elem = append(s.elem, b[start:i]...)
				s.flush()
				s.mode = jsonDone
			} else if s.mode == jsonValues && s.depth == 0 {
				s.elem = append(s.elem, b[start:i+1]...)
				s.flush()
			}
		case ',':
			if s.mode == jsonArray && s.depth == 1 {
				s.elem = append(s.elem, b[start:i]...)
				s.flush()
			}
		}
	}
	if s.elemLine > 0 {
		if s.inStr {
			s.rd.problem(s.elemLine, "malformed JSON record: string not closed")
			s.reset()
			s.skipping = true
			return
		}
		s.elem = append(s.elem, b[start:]...)
		s.elem = append(s.elem, '\n')
	}
}

// flush decodes the element collected so far.
func (s *jsonSplitter) flush() {
	if e := bytes.TrimSpace(s.elem); len(e) > 0 {
		s.rd.jsonRecord(e, s.elemLine)
	}
	s.elem = s.elem[:0]
	s.elemLine = 0
}

// reset drops a broken element and returns to the record level.
func (s *jsonSplitter) reset() {
	s.elem = s.elem[:0]
	s.elemLine = 0
	s.inStr, s.esc = false, false
	s.depth = s.base()
}

// end reports a document cut off inside a record or the array.
func (s *jsonSplitter) end() {
	switch {
	case s.elemLine > 0:
		s.rd.problem(s.elemLine, "malformed JSON record: unexpected end of file")
	case s.mode == jsonArray && !s.skipping:
		s.rd.problem(0, "JSON array not closed (truncated file?)")
	}
}
