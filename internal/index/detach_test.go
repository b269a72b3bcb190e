package index

import (
	"reflect"
	"testing"
	"unsafe"

	"storytui/internal/extract"
)

// within reports whether s's bytes lie inside text's.
func within(s, text string) bool {
	if s == "" || text == "" {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	q := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= q && p < q+uintptr(len(text))
}

// names lists the strings of an extraction that outlive its batch.
func names(r *extract.Result) []string {
	var out []string
	for _, p := range r.People {
		out = append(out, p.Name, p.Role, p.Affiliation, p.Party, p.State, p.Gender)
		out = append(out, p.Aliases...)
	}
	for _, q := range r.Quotes {
		out = append(out, q.Speaker)
	}
	for _, re := range r.Reactions {
		out = append(out, re.Who, re.Role, re.Party)
	}
	return out
}

func TestDetachKeepsNoTextButChangesNothing(t *testing.T) {
	texts := []string{
		`Senator Maria Delgado of Nevada said on Tuesday that the bill "will not pass this year." Delgado, a Democrat, added that she would vote against it. "We need more time," said Tom Brennan, a spokesman for the Nevada Farm Bureau.`,
		`"This is a disgrace," Governor Alan Whitcombe told reporters. Whitcombe called on the commissioner, Rita Ocampo, to resign. Ocampo denied wrongdoing.`,
	}
	aliased := 0
	for _, text := range texts {
		r := extract.Extract(extract.Doc{Title: "A test", Text: text, Source: "wire"})
		if len(r.People) == 0 {
			t.Fatalf("no people found in %q", text)
		}
		for _, s := range names(&r) {
			if within(s, text) {
				aliased++
			}
		}
		want := extract.Extract(extract.Doc{Title: "A test", Text: text, Source: "wire"})
		detach(&r)
		if !reflect.DeepEqual(r, want) {
			t.Errorf("detach changed the extraction:\n got %+v\nwant %+v", r, want)
		}
		for _, s := range names(&r) {
			if within(s, text) {
				t.Errorf("%q still points into the article's text", s)
			}
		}
	}
	// Not an assertion: an extractor that copies its names makes detach
	// unneeded, not wrong.
	t.Logf("%d names pointed into the texts before detach", aliased)
}
