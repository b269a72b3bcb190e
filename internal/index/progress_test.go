package index

import "testing"

// TestTrackerPhase: once the articles are in, progress names the work
// that follows, and the final report (Done) names none.
func TestTrackerPhase(t *testing.T) {
	var st tracker
	if p := st.snapshot(false); p.Phase != "" {
		t.Errorf("phase while reading = %q, want none", p.Phase)
	}
	st.setPhase(PhaseStories)
	if p := st.snapshot(false); p.Phase != PhaseStories {
		t.Errorf("phase while grouping = %q, want %q", p.Phase, PhaseStories)
	}
	if p := st.snapshot(true); p.Phase != "" || !p.Done {
		t.Errorf("final report: phase %q done %v, want no phase and done", p.Phase, p.Done)
	}
}
