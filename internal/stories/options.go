package stories

// Options are the few knobs of grouping. The defaults are set from first
// principles and checked for robustness; most callers should use them.
type Options struct {
	// Threshold is the least average similarity between two groups for
	// them to merge into one story.
	Threshold float64
	// LeadWords is how many words of the text, from the start, count
	// beside the title (all of them when <= 0): news puts the event in the
	// lead, and the rest of an article drifts to background shared with
	// other events.
	LeadWords int
	// TitleWeight multiplies the counts of title words.
	TitleWeight float64
	// NameShare is the part of the similarity that comes from the names
	// (capitalised words and phrases of the lead, and People) rather than
	// from all the words: two articles are compared as the weighted sum of
	// two cosines, as shared places and people are what tell two
	// look-alike events apart (Kumaran and Allan, SIGIR 2004).
	NameShare float64
	// GraceDays is how many days apart two reports of one event can be
	// with no penalty; beyond it similarity decays with HalfLifeDays, and
	// articles more than WindowDays apart are never linked nor put in one
	// story, however many follow-ups lie between them.
	GraceDays, HalfLifeDays, WindowDays int
	// MaxDF drops terms found in more than this share of the articles
	// (and in more than 1000): such terms say little about the event and
	// cost the most to match.
	MaxDF float64
}

// DefaultOptions returns the settings used by Group.
func DefaultOptions() Options {
	return Options{
		Threshold:    0.15,
		LeadWords:    100,
		TitleWeight:  3,
		NameShare:    0.15,
		GraceDays:    3,
		HalfLifeDays: 7,
		WindowDays:   30,
		MaxDF:        0.05,
	}
}
