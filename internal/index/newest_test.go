package index

import (
	"context"
	"slices"
	"testing"
)

// TestNewestSavedWithIndex checks that a reopened index lists the newest
// articles from the saved listing, and that a change replaces it.
func TestNewestSavedWithIndex(t *testing.T) {
	in, dir := t.TempDir(), t.TempDir()
	writeJSONL(t, in, "news.jsonl", fixture)
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := ix.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	want, err := ix.Search(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()

	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.list.ids == nil || ix.list.total != 4 {
		t.Fatalf("listing not loaded: %+v", ix.list.ids)
	}
	got, err := ix.Search(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(got), ids(want)) || got.Total != want.Total {
		t.Fatalf("reopened listing %v (%d), want %v (%d)", ids(got), got.Total, ids(want), want.Total)
	}
	if ids(got)[0] != "a4" {
		t.Fatalf("newest first: got %v", ids(got))
	}
	// A newer article in a new file comes first after the update, and
	// the saved listing follows.
	writeJSONL(t, in, "more.jsonl", []rec{{ID: "n1", Title: "Newer", Date: "2018-01-01", Text: "Later news."}})
	if err := ix.Update(ctx, []string{in}, nil); err != nil {
		t.Fatal(err)
	}
	got, _ = ix.Search(ctx, "", 10)
	if ids(got)[0] != "n1" || got.Total != 5 {
		t.Fatalf("after update: %v (%d)", ids(got), got.Total)
	}
	if n := ix.man.Newest; n == nil || n.IDs[0] != "n1" || n.Total != 5 {
		t.Fatalf("saved listing not updated: %+v", n)
	}
}

func ids(r Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}
