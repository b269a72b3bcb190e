package aggregate

import "time"

// Story is one group of articles about the same event, as the Stories
// pane and 'storytui stories' list it.
type Story struct {
	ID       string    `json:"story"`
	Title    string    `json:"story_title"` // the most central headline
	Articles int       `json:"articles"`
	Outlets  []string  `json:"outlets"`        // most articles first
	First    time.Time `json:"first,omitzero"` // date span; zero when undated
	Last     time.Time `json:"last,omitzero"`
	People   []string  `json:"people,omitempty"` // key people, most named first
}

// Coverage compares how the outlets of one story covered it.
type Coverage struct {
	Story   Story
	Outlets []string // the columns of People, most articles first
	// People is who was quoted, by outlet: Quotes[i] counts the person's
	// quotes in the articles of Outlets[i].
	People []CoverageRow
	// Exclusive holds the quotes that only one outlet carried.
	Exclusive []Quote
	// Timeline is the story's articles, oldest first.
	Timeline []Source
}

// CoverageRow is one person's quotes in a story, per outlet.
type CoverageRow struct {
	Key    string
	Name   string
	Quotes []int
}
