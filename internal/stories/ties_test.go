package stories

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestGroupTitleTiesStable groups, many times over, stories of two
// headlines each carried twice over the same text, so every member is as
// central as the others but for the last bit of a sum, and that sum
// decides the story's title: it must not change from one run to the
// next.
func TestGroupTitleTiesStable(t *testing.T) {
	lead := "Flood waters rose across the valley on Tuesday as engineers opened the dam gates, " +
		"and Mayor Tilda Brenner said the town hall would shelter families until the river fell. "
	day := time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC)
	var docs []Doc
	for s, place := range []string{"Marlow", "Quenby", "Ostrava", "Vellin", "Dunmore", "Pescal"} {
		// Two headlines, each carried twice (a wire story reprinted).
		for i, head := range []string{"valley floods", "valley floods", "river rises", "river rises"} {
			docs = append(docs, Doc{
				ID:    fmt.Sprintf("s%d-%d", s, i),
				Title: place + " " + head,
				Text:  strings.ReplaceAll(lead, "valley", place+" valley"),
				Date:  day.AddDate(0, 0, 40*s),
			})
		}
	}
	want := Group(docs)
	for range 30 {
		got := Group(docs)
		for i := range want {
			if i < len(got) && got[i].Title != want[i].Title {
				t.Fatalf("story %s: title %q, then %q", want[i].ID, want[i].Title, got[i].Title)
			}
		}
	}
}
