package extract

// A candidate on the stump pitches to a crowd; a line told to supporters
// that takes no stance answers no news.

// stumpSent reports a statement made on the stump: its sentence, or for
// a quote that continues a cue the sentence of that cue, names a rally's
// crowd or a candidate's voters as those addressed ("told supporters in
// Cedar Rapids", "told a rally", "told voters", "at a campaign event").
func (an *analysis) stumpSent(st statement) bool {
	si := st.sent
	if st.ctx >= 0 {
		si = st.ctx
	}
	sn := an.sents[si]
	toks := an.toks
	for k := sn.first; k < sn.end; k++ {
		if toks[k].quote >= 0 || toks[k].kind == tkQuote {
			continue
		}
		stump := stumpWords[toks[k].low] || toks[k].low == "campaign" && k+1 < sn.end && (toks[k+1].low == "event" || toks[k+1].low == "stop" || toks[k+1].low == "trail")
		if !stump {
			continue
		}
		// the audience addressed or the stage spoken from: "told
		// supporters", "to a crowd", "at a rally", not "voters will
		// forget" or "angered by the media"
		for j := k - 1; j >= sn.first && j >= k-3; j-- {
			if stumpLinks[toks[j].low] {
				return !an.writtenTo(j, sn.first)
			}
		}
	}
	return false
}

// stumpWords name a campaign's audience or its stage.
var stumpWords = set("rally", "rallies", "supporters", "voters", "caucus-goers", "caucusgoers", "crowd", "crowds",
	"stump", "rallygoers", "rally-goers")

// stumpLinks before a stump word make it the audience or the stage.
var stumpLinks = set("told", "tells", "telling", "to", "at", "addressing", "addressed", "before", "on")

// writtenTo reports a document right before the link at toks[j] ("in an
// email to supporters", "a fundraising letter to supporters"): words sent
// in writing, which answer the news like any statement, no stump speech.
func (an *analysis) writtenTo(j, first int) bool {
	for k := j - 1; k >= first && k >= j-4; k-- {
		if docNouns[an.toks[k].low] || an.toks[k].low == "email" || an.toks[k].low == "e-mail" || an.toks[k].low == "note" {
			return true
		}
	}
	return false
}
