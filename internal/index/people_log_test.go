package index

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestPeopleLog: updates append deltas to the people log instead of
// rewriting the table; reopened, the table with its deltas is the one a
// count of the stored articles gives, also when a crash left half a
// record at the end of the log, which the next save writes over.
func TestPeopleLog(t *testing.T) {
	in, dir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "a.jsonl", peopleRecs[:2])
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	update(t, ix, in)
	whole, err := os.ReadFile(filepath.Join(dir, peopleName))
	if err != nil {
		t.Fatal(err)
	}
	logSize := func() int64 {
		fi, err := os.Stat(filepath.Join(dir, peopleLogName))
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	size := logSize()
	writeJSONL(t, in, "b.jsonl", peopleRecs[2:3])
	update(t, ix, in)
	checkPeople(t, ix)
	if now, _ := os.ReadFile(filepath.Join(dir, peopleName)); string(now) != string(whole) {
		t.Error("adding a file rewrote the whole people table")
	}
	if logSize() <= size {
		t.Error("adding a file appended nothing to the people log")
	}
	ix.Close()

	// Reopened with half a record at the end of the log.
	f, err := os.OpenFile(filepath.Join(dir, peopleLogName), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{200, 1, 2, 3})
	f.Close()
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkPeople(t, ix)
	if err := os.Remove(filepath.Join(in, "a.jsonl")); err != nil {
		t.Fatal(err)
	}
	writeJSONL(t, in, "c.jsonl", peopleRecs[3:])
	update(t, ix, in)
	checkPeople(t, ix)
	ix.Close()
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	checkPeople(t, ix)
	if n := ix.people.Len(); n != 2 {
		t.Errorf("reopened table holds %d articles, want 2", n)
	}
}

// TestPeopleLogTidied: a large update may append deltas while it writes
// articles, but its last save leaves a short log (see peopleLogRest), so
// that every later open does not replay the update's articles one by
// one; a small one still appends.
func TestPeopleLogTidied(t *testing.T) {
	in, dir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "a.jsonl", peopleRecs[:1])
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	update(t, ix, in)
	var many []rec
	for i := range 400 {
		many = append(many, rec{ID: fmt.Sprintf("m%d", i), Title: "Hearing", Source: "AP", Date: "2017-03-05",
			Text: fmt.Sprintf("Senator Alma Quill%d told reporters that Governor Ben Roark%d had \"lied again\", and Mayor Cy Voss%d agreed.", i, i, i)})
	}
	writeJSONL(t, in, "b.jsonl", many)
	update(t, ix, in)
	fi, err := os.Stat(filepath.Join(dir, peopleLogName))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() > peopleLogRest {
		t.Errorf("after adding 400 articles the people log holds %d bytes, want at most %d", fi.Size(), peopleLogRest)
	}
	writeJSONL(t, in, "c.jsonl", peopleRecs[1:2])
	update(t, ix, in)
	if fi2, _ := os.Stat(filepath.Join(dir, peopleLogName)); fi2.Size() <= fi.Size() {
		t.Error("adding one article appended nothing to the people log")
	}
	ix.Close()
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkPeople(t, ix)
	if n := ix.people.Len(); n != 402 {
		t.Errorf("reopened table holds %d articles, want 402", n)
	}
}
