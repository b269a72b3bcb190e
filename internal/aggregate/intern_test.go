package aggregate

import (
	"strings"
	"testing"
	"unsafe"

	"storytui/internal/extract"
)

// TestTableKeepsNoText: names that are slices of an article's text (as
// the extractor makes them) are copied into the table, so the table
// never keeps an article's whole text alive.
func TestTableKeepsNoText(t *testing.T) {
	text := strings.Repeat("filler ", 1000) + "Senator Jane Roe said so. Roe agreed."
	i := strings.Index(text, "Jane Roe")
	name, alias := text[i:i+len("Jane Roe")], text[i+len("Jane "):i+len("Jane Roe")]
	a := art("a1", "Outlet", "2017-03-02", []extract.Person{person(name, 2, alias)})
	a.Text = text
	tb := NewTable()
	tb.Add(a)
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	for _, s := range tb.pool {
		if s == "" {
			continue
		}
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < hi {
			t.Errorf("pool string %q points into the article's text", s)
		}
	}
	if ps := tb.People(); len(ps) != 1 || ps[0].Name != "Jane Roe" {
		t.Errorf("people = %+v, want Jane Roe", ps)
	}
}
