package extract

import "testing"

// TestAttributionRules holds one short made-up case per attribution rule
// added after the first version: the quote and the speaker it must get.
func TestAttributionRules(t *testing.T) {
	cases := []struct {
		name, text, quote, want string
	}{
		{"next quote only in its paragraph",
			"\"We won,\" Peter Hall said. \"Really.\"\n\n\"It is over,\" said Anna Ruiz.", "Really.", "Peter Hall"},
		{"title after a terminal quote",
			`"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the week.`, "Perpetual motion!", "Glenn Thompson"},
		{"Mrs. after a question",
			`Maria Gonzalez spoke. "Why do they pay less?" Mrs. Gonzalez asked.`, "Why do they pay less?", "Maria Gonzalez"},
		{"article noun phrase",
			`"You are a total loser!" the note says.`, "You are a total loser!", "note"},
		{"inverted article noun phrase",
			`"Donald is an amazing leader," said the 46-year-old.`, "Donald is an amazing leader,", "46-year-old"},
		{"weak cue keeps strict descriptors",
			`The council said the cable channel offered the "cheapest form" of shows.`, "cheapest form", "council"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			if got := speakerOf(t, r, c.quote); got != c.want {
				t.Errorf("speaker = %q, want %q", got, c.want)
			}
		})
	}
}
