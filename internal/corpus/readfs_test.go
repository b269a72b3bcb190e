package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":            {Data: []byte("Headline A\n\n" + body)},
		"sub/b.jsonl":      {Data: []byte(`{"id":"b1","text":"` + body + `"}` + "\n" + "{oops\n")},
		"sub/c.csv.gz":     {Data: gzipBytes(t, []byte("id,text\nc1,"+body+"\n"))},
		"notes.pdf":        {Data: []byte("%PDF")},
		".hidden/d.txt":    {Data: []byte(body)},
		"sub/.e.jsonl":     {Data: []byte(`{"id":"e","text":"` + body + `"}`)},
		"empty/nothing.md": {Data: nil},
	}
	var got []string
	probs := ReadFS(fsys, func(a Article) { got = append(got, a.File+":"+a.ID) })
	want := []string{"a.txt:a", "sub/b.jsonl:b1", "sub/c.csv.gz:c1"}
	if !slices.Equal(got, want) {
		t.Errorf("articles %v, want %v", got, want)
	}
	var ps []string
	for _, p := range probs {
		ps = append(ps, fmt.Sprintf("%s:%d", p.File, p.Line))
	}
	if want := []string{"empty/nothing.md:0", "sub/b.jsonl:2"}; !slices.Equal(ps, want) {
		t.Errorf("problems %v, want %v", probs, want)
	}
}

func TestReadFileDirectory(t *testing.T) {
	dir := t.TempDir()
	probs := ReadFile(dir, func(Article) { t.Error("emitted an article") })
	if len(probs) != 1 || probs[0].File != dir {
		t.Errorf("problems %v", probs)
	}
}

// TestReadOrderAcrossBatches checks that records cleaned in parallel
// batches still come out in file order, with problems in line order.
func TestReadOrderAcrossBatches(t *testing.T) {
	var b strings.Builder
	var wantIDs []string
	var wantProbs []int
	for i := 1; i <= 3*batchSize+5; i++ {
		switch {
		case i%50 == 0:
			b.WriteString("{broken\n")
			wantProbs = append(wantProbs, i)
		case i%70 == 0:
			fmt.Fprintf(&b, `{"id":"r%d","text":""}`+"\n", i)
			wantProbs = append(wantProbs, i)
		default:
			fmt.Fprintf(&b, `{"id":"r%d","text":"%s %d"}`+"\n", i, body, i)
			wantIDs = append(wantIDs, fmt.Sprintf("r%d", i))
		}
	}
	arts, probs := readAll(t, "order.jsonl", []byte(b.String()))
	var gotIDs []string
	for _, a := range arts {
		gotIDs = append(gotIDs, a.ID)
		if want := fmt.Sprintf("r%d", a.Line); a.ID != want {
			t.Errorf("article %s has line %d", a.ID, a.Line)
		}
	}
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("ids out of order:\n got %v\nwant %v", gotIDs, wantIDs)
	}
	var gotProbs []int
	for _, p := range probs {
		gotProbs = append(gotProbs, p.Line)
	}
	if !slices.Equal(gotProbs, wantProbs) {
		t.Errorf("problem lines %v, want %v", gotProbs, wantProbs)
	}
}
