package stories

// Options are the few knobs of grouping. The defaults are set from first
// principles and checked for robustness; most callers should use them.
type Options struct {
	// Threshold is the least average similarity between two groups for
	// them to merge into one story.
	Threshold float64
	// LeadWords is how many words of the text, from the start, count
	// beside the title: news puts the event in the lead, and the rest of
	// an article drifts to background shared with other events.
	LeadWords int
	// TitleWeight multiplies the counts of title words.
	TitleWeight float64
	// GraceDays is how many days apart two reports of one event can be
	// with no penalty; beyond it similarity decays with HalfLifeDays, and
	// articles more than WindowDays apart are never linked.
	GraceDays, HalfLifeDays, WindowDays int
	// MaxDF drops terms found in more than this share of the articles,
	// once there are enough articles for the share to mean something:
	// such terms say little about the event and cost the most to match.
	MaxDF float64
}

// DefaultOptions returns the settings used by Group.
func DefaultOptions() Options {
	return Options{
		Threshold:    0.2,
		LeadWords:    60,
		TitleWeight:  3,
		GraceDays:    3,
		HalfLifeDays: 7,
		WindowDays:   30,
		MaxDF:        0.05,
	}
}
