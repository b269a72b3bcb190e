package index

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"storytui/internal/aggregate"
	"storytui/internal/stories"
)

// TestStoriesLog runs one series of changes to the input files three
// ways: in one process (the grouper kept in memory, the stories saved as
// deltas), reopening the index before every update (the view read from
// the log, the grouper redoing it), and saving the stories whole every
// time, as before the log. After every step the three list the same
// stories, the same listing as the view made from the grouper's own
// Stories, grouped as a fresh build of the same files groups them and
// with its people table, and a reopened index lists them again from the
// saved top.
func TestStoriesLog(t *testing.T) {
	steps := []func(t *testing.T, in string){
		func(t *testing.T, in string) { writeJSONL(t, in, "a.jsonl", []rec{sestakNYT, stadium, haiti}) },
		func(t *testing.T, in string) { writeJSONL(t, in, "b.jsonl", []rec{sestakFox}) },
		func(t *testing.T, in string) { writeJSONL(t, in, "c.jsonl", []rec{sestakHuff, chile}) },
		func(t *testing.T, in string) { os.Remove(filepath.Join(in, "b.jsonl")) },
		func(t *testing.T, in string) {
			f := writeJSONL(t, in, "a.jsonl", []rec{sestakNYT, stadium})
			later := time.Now().Add(time.Hour)
			os.Chtimes(f, later, later)
		},
		func(t *testing.T, in string) { writeJSONL(t, in, "b.jsonl", []rec{sestakFox}) },
	}
	type run struct {
		in, dir string
		ix      *Index
	}
	modes := []string{"one process", "reopened", "whole"}
	runs := make([]*run, len(modes))
	for i := range runs {
		runs[i] = &run{in: t.TempDir(), dir: t.TempDir()}
	}
	open := func(r *run) {
		ix, err := Open(r.dir)
		if err != nil {
			t.Fatal(err)
		}
		r.ix = ix
	}
	for _, r := range runs {
		open(r)
	}
	defer func() {
		for _, r := range runs {
			r.ix.Close()
		}
	}()
	ctx := context.Background()
	for step, change := range steps {
		var want []aggregate.Story
		for m, r := range runs {
			change(t, r.in)
			switch modes[m] {
			case "reopened":
				r.ix.Close()
				open(r)
			case "whole":
				r.ix.stories.logSize = 0
			}
			var grouper []byte
			if step > 0 && modes[m] == "one process" {
				grouper, _ = os.ReadFile(filepath.Join(r.dir, grouperName))
			}
			if err := r.ix.Update(ctx, []string{r.in}, nil); err != nil {
				t.Fatal(err)
			}
			if grouper != nil {
				if now, _ := os.ReadFile(filepath.Join(r.dir, grouperName)); !reflect.DeepEqual(now, grouper) {
					t.Errorf("step %d: the grouper was saved whole", step)
				}
			}
			s := r.ix.stories
			v := s.current()
			if made := makeView(s.g.Stories(), v.meta); !reflect.DeepEqual(made, v) {
				t.Errorf("step %d, %s: the view differs from the grouper's stories:\n%+v\n%+v", step, modes[m], v.list, made.list)
			}
			got, err := r.ix.Stories(ctx, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			if m == 0 {
				want = got
			} else if !reflect.DeepEqual(got, want) {
				t.Errorf("step %d, %s: stories\n%+v\nwant %+v", step, modes[m], got, want)
			}
		}
		// A fresh build of the same files groups them alike (these
		// articles leave incremental grouping no choice to make).
		fresh, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		if err := fresh.Update(ctx, []string{runs[0].in}, nil); err != nil {
			t.Fatal(err)
		}
		if got, want := groups(t, fresh), groups(t, runs[0].ix); !reflect.DeepEqual(got, want) {
			t.Errorf("step %d: a fresh build groups %v, the updated index %v", step, got, want)
		}
		for m, r := range runs {
			got, _, _ := r.ix.People(ctx, Scope{})
			want, _, _ := fresh.People(ctx, Scope{})
			if !reflect.DeepEqual(got, want) || len(want) == 0 {
				t.Errorf("step %d, %s: people\n%+v\nfresh build %+v", step, modes[m], got, want)
			}
		}
		fresh.Close()
		// Reopened, from the saved top and from the saved view.
		for m, r := range runs {
			r.ix.Close()
			open(r)
			top, err := r.ix.Stories(ctx, "", 10)
			if err != nil {
				t.Fatal(err)
			}
			if r.ix.stories.top == nil {
				t.Errorf("step %d, %s: the saved top was not used", step, modes[m])
			}
			all, err := r.ix.Stories(ctx, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(top, want) || !reflect.DeepEqual(all, want) {
				t.Errorf("step %d, %s: reopened, top %+v\nall %+v\nwant %+v", step, modes[m], top, all, want)
			}
		}
	}
}

// TestStoriesLogTornTail: a crash in the middle of an append leaves part
// of a record at the end of the log. The stories read back are those of
// the last whole record; the next update writes over the torn part, and
// its stories are read back whole.
func TestStoriesLogTornTail(t *testing.T) {
	in, dir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "a.jsonl", []rec{sestakNYT, stadium, haiti})
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	update(t, ix, in)
	writeJSONL(t, in, "b.jsonl", []rec{sestakFox})
	update(t, ix, in)
	want := groups(t, ix)
	ix.Close()
	f, err := os.OpenFile(filepath.Join(dir, storiesLogName), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte{120, 1, 2, 3, 4})
	f.Close()

	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := groups(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("with a torn tail: %v, want %v", got, want)
	}
	writeJSONL(t, in, "c.jsonl", []rec{sestakHuff, chile})
	if err := ix.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	want = groups(t, ix)
	if ix.StoryOf("sestak-huff") != ix.StoryOf("sestak-nyt") {
		t.Errorf("the follow-up is not in the Sestak story: %v", want)
	}
	ix.Close()
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := groups(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("after writing over the torn tail: %v, want %v", got, want)
	}
	if ix.stories.logRecs < 2 {
		t.Errorf("%d records read back, want the two deltas", ix.stories.logRecs)
	}
}

// FuzzDecodeStoryDelta feeds damaged records of the stories log: an
// error or a delta the view can apply, never a panic.
func FuzzDecodeStoryDelta(f *testing.F) {
	d := &storyDelta{stamp: 7, articles: 2, gone: []string{"x"},
		add:     []stories.Doc{{ID: "a", Title: "T", Text: "lead", Source: "AP", Date: time.Date(2010, 5, 27, 0, 0, 0, 0, time.UTC), People: []string{"Joe Sestak"}}},
		changed: []stories.Story{{ID: "s1", Title: "T", Members: []string{"a"}}, {ID: "s2"}}}
	f.Add(encodeDelta(d))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeDelta(b)
		if err != nil {
			return
		}
		emptyView().withDeltas([]*storyDelta{d})
		if again, err := decodeDelta(encodeDelta(d)); err != nil || !reflect.DeepEqual(again, d) {
			t.Fatalf("round trip: %+v, %v; want %+v", again, err, d)
		}
	})
}
