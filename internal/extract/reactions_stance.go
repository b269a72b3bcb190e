package extract

import (
	"slices"
	"strings"
)

// stanceScore sums the cues of a reactor's statements.
type stanceScore struct {
	deny, crit, sup int
	action          string // the first demanded action, "" for none
	anyVerb         bool   // the action is a verb outside the action list ("urged them to reject")
	verb            bool   // a response verb of the reactor's own
}

func (s *stanceScore) add(o stanceScore) {
	s.deny += o.deny
	s.crit += o.crit
	s.sup += o.sup
	if s.action == "" {
		s.action, s.anyVerb = o.action, o.anyVerb
	}
	s.verb = s.verb || o.verb
}

func (s stanceScore) strength() int {
	n := s.deny + s.crit + s.sup
	if s.action != "" {
		n += 10
	}
	return n
}

// decide picks one stance: a demand with its action, a denial, the larger
// of criticism and support, else neutral.
func (s stanceScore) decide() (stance, action string) {
	switch {
	case s.action != "":
		return "demands", s.action
	case s.deny >= 2 && s.deny >= s.crit:
		return "denies", ""
	case s.crit > s.sup || s.crit > 1 && s.crit == s.sup:
		// a firm tie: defending the subject mostly means attacking its critics
		return "criticizes", ""
	case s.sup > s.crit:
		return "supports", ""
	case s.deny > 0:
		return "denies", ""
	}
	return "neutral", ""
}

// weights: a response verb in the narration shows the stance more surely
// than a word inside a quote.
const (
	verbWeight = 3
	wordWeight = 1
)

// scoreStatement scores the cue words of one statement.
func (an *analysis) scoreStatement(st statement) stanceScore {
	var sc stanceScore
	for _, r := range mergeRanges(st.ev) {
		an.scoreRange(st, r[0], r[1], &sc)
	}
	return sc
}

// stanceCandidates holds every word scoreRange can act on: the words of
// the lists it reads (response verbs and the first words of response
// phrases, demand frames, denial, criticism and support words) and the
// words it compares w with (TestStanceCandidates checks the function's
// source for these). Any other word leaves the score as it is, so
// scoreRange skips it with one lookup.
var stanceCandidates = map[string]bool{}

func init() {
	for _, m := range []map[string]bool{demandFrames, negatedDeny, denyWords, criticWords, supportWords} {
		for w := range m {
			stanceCandidates[w] = true
		}
	}
	for w := range reactVerbs {
		stanceCandidates[w] = true
	}
	for k := range reactPhrases {
		stanceCandidates[k[0]] = true
	}
	for _, w := range []string{"disputes", "dispute", "attack", "attacks", "attacked", "deal", "short", "sense",
		"behind", "concern", "concerns", "question", "questions", "distanced", "distancing", "distances",
		"credited", "crediting", "credits", "veto", "vetoes", "better", "who", "what", "way",
		"place", "tolerate", "tolerated", "promise", "promises", "condemn", "thing", "shouldn't", "optimism", "politics",
		"slap", "excuse", "above", "nothing", "little", "break", "bait", "pale", "enough", "knowledge", "requesting",
		"defense", "defence", "justified", "justify", "justification", "acceptable", "defensible", "excusable"} {
		stanceCandidates[w] = true
	}
	for w := range choiceJudgments {
		stanceCandidates[w] = true
	}
	for w := range overrideVerbs {
		stanceCandidates[w] = true
	}
}

func (an *analysis) scoreRange(st statement, a, b int, sc *stanceScore) {
	toks := an.toks
	for i := a; i < b; i++ {
		t := &toks[i]
		if t.kind != tkWord || !stanceCandidates[t.low] {
			continue
		}
		w := t.low
		narr := t.quote < 0
		if narr && an.beforeMore(i) {
			continue // the headlines of other stories linked after a name
		}
		if narr && an.otherSubject(st, i) {
			continue
		}
		if narr && an.followerVerb(st, i) {
			continue // "Clinton supporters rejected": her backers' act, not hers
		}
		if narr && an.relativeOther(st, i, a) {
			continue // "..., which the Kremlin has denied": another's response
		}
		if (w == "violation" || w == "violations") && an.wordWithin(i, a, 6, guiltyWords) {
			continue // "pleaded guilty to campaign finance violations": the charge reported, no verdict of the speaker
		}
		if w == "welcoming" && (i == a || toks[i-1].low != ",") {
			continue // "the statue welcoming immigrants", "after mockingly welcoming": only the participle after a comma responds ("May, welcoming the show of solidarity, said")
		}
		if (w == "disputes" || w == "dispute") && i+1 < b && (toks[i+1].low == "of" || toks[i+1].low == "over" || toks[i+1].low == "between") {
			continue // "disputes of this sort": the noun
		}
		if (w == "attack" || w == "attacks") && an.violentAttack(i, a, b) {
			continue // "after the Paris attacks", "a terrorist attack": the event, no criticism
		}
		if narr && (w == "attacked" || w == "attacks") && an.violentVerb(i, b) {
			continue // "a gunman attacked a synagogue, killing two": the event
		}
		if narr && an.letterRequest(i) {
			// "sent a letter ... asking for information about", "asking
			// her to break up the agency": a demand by letter
			sc.verb = true
			an.demandAt(i, b, sc)
			for k := i + 1; sc.action == "" && k < b && k <= i+8; k++ {
				lw := toks[k].low
				if act, ok := actionWords[lw]; ok && actionAfter[lw] == nil && !actionBefore[lw] {
					sc.action = act // "requesting the White House conduct an investigation"
				} else if requestedInfo[lw] && k <= i+5 {
					sc.action = "clarify" // "asking for information about the status"
				}
			}
			continue
		}
		if narr {
			if _, ok := reactVerbs[w]; ok && !plainVerbs[w] && !phraseVerbs[w] {
				sc.verb = true
			}
			if st, ok := reactVerbs[w]; ok && st != "" && strings.HasSuffix(w, "ing") && i > a && toks[i-1].low == "for" {
				continue // "rebuked Democrats for rejecting the language": their act
			}
			if st, ok := reactVerbs[w]; ok && st == "denies" && i > a && !strings.HasSuffix(w, "ing") && nominalBefore(&toks[i-1]) {
				continue // "into disputed waters", "punted on those disputes": no verb
			}
			if st, ok := reactVerbs[w]; ok && st == "denies" && an.firedFrom(i, b) {
				continue // "dismissed him as national security adviser": fired, no denial
			}
			if st, ok := reactVerbs[w]; ok && st == "denies" && (an.noClaimObject(i, b) || an.withheldAfter(i)) {
				continue // "Congress denied him the funding", "dismissed the risk"
			}
			if st, ok := reactVerbs[w]; ok && st != "" && !an.passiveAt(i) && !an.mediaGerund(i) {
				if st == "denies" && an.proposalObject(i, b) {
					st = "criticizes" // "rejected the bill": a vote against, no denial
				}
				sc.addStance(st, verbWeight)
				if st == "demands" {
					an.demandAt(i, b, sc)
				}
				continue
			}
			if i+1 < b {
				if st, ok := reactPhrases[[2]string{w, toks[i+1].low}]; ok {
					if w == "refused" || w == "refuses" {
						// "refused to concede": a denial only with a verb of giving in
						if i+2 < b && (toks[i+2].low == "concede" || toks[i+2].low == "accept" || toks[i+2].low == "apologize" || toks[i+2].low == "resign" || toks[i+2].low == "quit" || toks[i+2].low == "step") {
							sc.addStance(st, verbWeight)
						}
						continue
					}
					sc.addStance(st, verbWeight)
					continue
				}
			}
		}
		if (w == "should" || w == "shouldn't") && an.pastCounterfactual(i, b) && !an.ifBefore(i, a) {
			sc.crit += wordWeight // "he should have done more", "shouldn't have been released": a fault found
			continue
		}
		if demandFrames[w] && !(narr && urgeVerbs[w] && an.otherSource(st, i)) {
			an.demandAt(i, b, sc)
		}
		if w == "deal" && i > a && toks[i-1].low == "real" && i-1 > a && toks[i-2].low == "the" {
			sc.sup += wordWeight // "he's the real deal": praise
			continue
		}
		if (w == "who" || w == "what" || w == "way") && an.notWhoWeAre(i, b) {
			sc.crit += wordWeight // "This is not who we are", "not what this party stands for", "not the American way"
			continue
		}
		if (overrideVerbs[w] || w == "politics") && an.overridesPublic(i, a, b) {
			sc.crit += wordWeight // "ignored the will of the people", "putting partisan politics ahead of the country"
			continue
		}
		if w == "short" && i > a && (toks[i-1].low == "falls" || toks[i-1].low == "fall" || toks[i-1].low == "fell" || toks[i-1].low == "falling") {
			sc.crit += wordWeight // "it falls short of what they need"
			continue
		}
		if w == "sense" && i > a && (toks[i-1].low == "no" || toks[i-1].low == "any" && an.negatedAt(i, a)) && i-1 > a && (toks[i-2].low == "makes" || toks[i-2].low == "make" || toks[i-2].low == "made" || toks[i-2].low == "making") {
			sc.crit += wordWeight // "it makes no sense", "doesn't make any sense"
			continue
		}
		if w == "behind" && i > a && (behindBefore[toks[i-1].low] || contractedBe(toks[i-1].low) || toks[i-1].poss && pronouns[toks[i-1].low] != "") && i+1 < b && (an.midx[i+1] >= 0 || objectPronouns[toks[i+1].low]) {
			sc.sup += verbWeight // "says he's behind Paul", "we're squarely behind her": backing
			continue
		}
		if w == "knowledge" && an.hadNoKnowledge(i, a) {
			sc.deny += wordWeight // "We have no knowledge of any flagged transactions", "I had no advance knowledge of who would attend"
			continue
		}
		if w == "optimism" && an.wordWithin(i, a, 3, expressVerbs) && !an.negatedAt(i, a) {
			sc.sup += wordWeight // "Ryan expressed optimism about Trump's plan"
			continue
		}
		if (w == "concern" || w == "concerns") && an.wordWithin(i, a, 3, raiseVerbs) {
			sc.crit += wordWeight // "expressed concern that ...", "raised concerns about"
			continue
		}
		if w == "question" && i > a && toks[i-1].low == "into" && an.wordWithin(i, a, 10, callVerbs) ||
			w == "questions" && an.wordWithin(i, a, 3, raiseVerbs) {
			sc.crit += wordWeight // "called his credibility into question", "the e-mails raise questions"
			continue
		}
		if (w == "distanced" || w == "distancing" || w == "distances") && i+1 < b && reflexives[toks[i+1].low] {
			sc.crit += verbWeight // "distanced himself from the president-elect": a response act
			continue
		}
		if (w == "credited" || w == "crediting" || w == "credits") && i+1 < b && (objectPronouns[toks[i+1].low] || an.midx[i+1] >= 0) && !an.passiveAt(i) {
			sc.sup += wordWeight // "crediting him with getting the law passed"
			continue
		}
		if (w == "veto" || w == "vetoes") && i > a && (toks[i-1].low == "would" || toks[i-1].low == "will" || toks[i-1].low == "to" && i-1 > a && (toks[i-2].low == "threatened" || toks[i-2].low == "vowed")) {
			sc.crit += wordWeight // "said Obama would veto the bill", "threatened to veto it"
			continue
		}
		if w == "place" && i > a && (toks[i-1].low == "no" || i-1 > a && toks[i-2].low == "no" && toks[i-1].kind == tkWord && strings.HasSuffix(toks[i-1].low, "ly")) && an.forOrInAfter(i, b) {
			sc.crit += wordWeight // "there is no place for hate", "simply no place” in our politics"
			continue
		}
		if (w == "slap" || w == "excuse" || w == "above" || w == "nothing" || w == "little" || w == "break" || w == "bait" || w == "pale" || w == "enough") && an.judgingIdiom(i, a, b) {
			sc.crit += wordWeight // "a slap in the face", "there is no excuse for", "not above the law", "does nothing to protect", "give me a break", "beyond the pale", "is not doing enough"
			continue
		}
		if w == "condemn" && !narr {
			sc.crit += wordWeight // "we condemn this in the strongest terms"
			continue
		}
		if w == "thing" && !narr && i > a && toks[i-1].low == "last" && i-1 > a && toks[i-2].low == "the" && an.wordAfter(i, b, 4, lastThingModals) && !(i+1 < b && toks[i+1].low == "i") {
			sc.crit += wordWeight // "the last thing Congress should do is ..." (not "the last thing I need to do", the speaker's restraint)
			continue
		}
		if (w == "right" || w == "wrong") && an.verdictOnChoice(i, a, b) {
			// "Trump made the “right decision.”", "it was the wrong call":
			// a verdict as sure as a response verb
			if w == "right" {
				sc.sup += 2 * wordWeight
			} else {
				sc.crit += 2 * wordWeight
			}
			continue
		}
		if pol, ok := choiceJudgments[w]; ok && an.judgedChoice(i, a, b) {
			// "called his cancellation of the attack a “good decision.”",
			// "it was a bad move": a verdict as sure as a response verb
			if pol > 0 {
				sc.sup += 2 * wordWeight
			} else {
				sc.crit += 2 * wordWeight
			}
			continue
		}
		if w == "strong" && i+1 < b && notVerdictAfterStrong[toks[i+1].low] {
			continue // "a strong majority of Americans", "pretty strong consensus": a measure, no praise
		}
		if (w == "tolerate" || w == "tolerated") && an.negatedAt(i, a) {
			sc.crit += wordWeight // "we will not tolerate racism", "won't be tolerated"
			continue
		}
		if (w == "promise" || w == "promises") && an.wordWithin(i, a, 3, brokeWords) {
			sc.crit += wordWeight // "has broken many promises", "broke his promise"
			continue
		}
		if negatedCrit[w] {
			// predicative only: "is not acceptable", "cannot be justified";
			// "there were no acceptable cuts" describes the cuts
			pred := i+1 >= b || toks[i+1].kind != tkWord || critPredNext[toks[i+1].low]
			if pred && !narr && an.negatedAt(i, a) && !an.ifBefore(i, a) {
				sc.crit += wordWeight // "this cannot be justified", "this is not acceptable"
			}
			continue
		}
		if w == "defense" || w == "defence" {
			if narr && an.cameToDefense(st, i, a) {
				sc.sup += verbWeight // "rushed to Barr's defense": the narration's verb of taking a side
			}
			continue
		}
		if w == "better" {
			// a comparative praises nothing ("a better deal can be
			// achieved", "work out better"); "not better off" and
			// "deserve better" find the subject wanting
			switch {
			case an.noBetter(i, a):
				sc.sup += wordWeight // "no better choice", "hard-pressed to do better"
			case an.negatedAt(i, a) || i > a && (toks[i-1].low == "deserve" || toks[i-1].low == "deserves"):
				sc.crit += wordWeight
			}
			continue
		}
		if !negatedDeny[w] && !denyWords[w] && !criticWords[w] && !supportWords[w] {
			continue
		}
		if denyVerbForms[w] && an.noOwnDenial(i, a) {
			continue // "were denied due process", "a law that denies", "want to deny"
		}
		if an.comparedAway(i, a) {
			continue // "an adversary more than a friend": the word is set aside
		}
		if w == "right" && i+1 < b && (rightAdverbs[toks[i+1].low] || toks[i+1].low == "to" && i > a && (determiners[toks[i-1].low] || possPronouns[toks[i-1].low])) {
			continue // "right now", "the right to": no praise
		}
		if narr && (w == "failed" || w == "failing") && i+1 < b && toks[i+1].low == "to" && st.person >= 0 &&
			an.sourceBefore(i, an.sents[t.sent].first, an.midx).person == st.person {
			continue // "Hale failed to mention the letter": the writer tells of the reactor's own omission, no verdict of Hale's
		}
		if w == "unprecedented" && i+1 < b && goodNouns[toks[i+1].low] {
			sc.sup += wordWeight // "unprecedented transparency", "unprecedented access": praise of the measure
			continue
		}
		if criticWords[w] && !denyWords[w] && an.avertedAt(i, a) {
			continue // "avoids the mistakes of the past", "to prevent chaos": what is averted is no verdict on the subject
		}
		if w == "critical" && !(i+1 < len(toks) && toks[i+1].low == "of") {
			continue // "critical to creating jobs", "a critical vote", "in critical condition": vital, no verdict; only "critical of" judges
		}
		if w == "rigged" && i+1 < b && (determiners[toks[i+1].low] || possPronouns[toks[i+1].low]) {
			continue // "Paddock rigged the camera": the verb of making, no charge
		}
		if w == "best" && i+1 < b && toks[i+1].kind == tkWord && bestDescriptive(toks[i+1].low) {
			continue // "best known for", "best exemplified when": an adverb of degree, no praise
		}
		if (w == "improve" || w == "improved") && i > a && toks[i-1].low == "to" {
			continue // "proposals to improve school safety": an aim, no praise
		}
		if w == "right" && i > a && possPronouns[toks[i-1].low] {
			continue // "forfeited his right", "their right flank", "her right hand": the noun, no praise
		}
		if w == "wrong" && i >= 2 && (toks[i-1].low == "me" || toks[i-1].low == "us") && toks[i-2].low == "get" {
			continue // "don't get me wrong": no denial
		}
		if w == "legitimate" && !(i > a && (copulaWords[toks[i-1].low] || toks[i-1].low == "perfectly" || toks[i-1].low == "entirely")) {
			continue // "the legitimate interests of the committee": a description, no verdict
		}
		if w == "trust" && !(i > a && (personalSubjects[toks[i-1].low] || verbContext[toks[i-1].low]) || i+1 < b && objectPronouns[toks[i+1].low]) {
			continue // "public trust", "earning the trust of voters": the noun, no praise
		}
		if w == "smart" && (t.cap || !(i > a && smartBefore[toks[i-1].low] || i+1 < b && positiveHeads[toks[i+1].low])) {
			continue // "smart guns", "Smart Media Group", "too smart for this": no verdict
		}
		if narr && verdictAdverbs[w] {
			continue // "Bush wisely stayed out": the writer's word, not the reactor's
		}
		if w == "positive" && !(i > a && positiveIntensifiers[toks[i-1].low] || i+1 < b && positiveHeads[toks[i+1].low]) {
			continue // "positive sentiment", "tested positive": a description, no praise
		}
		if w == "denial" && i > a && toks[i-1].low == "in" {
			sc.crit += wordWeight // "you've been in denial": a charge, not a denial
			continue
		}
		if w == "denial" && i > a && (toks[i-1].poss && !an.isReactor(st, i-1) || toks[i-1].low == "the") {
			continue // "reject the denial", "Putin's denial": someone's denial spoken of
		}
		if w == "disapproval" && (i+1 < len(toks) && (toks[i+1].low == "rating" || toks[i+1].low == "ratings") || i > 0 && toks[i-1].low == "-") {
			continue // "a disapproval rating of 52 percent", "approval-disapproval": a poll's figure
		}
		if w == "threat" && !an.toAfter(i, b) {
			continue // "the terror threat", "the threat posed by al Qaeda": a risk, no verdict on the news
		}
		if (w == "disagree" || w == "disagrees" || w == "disagreed") && !an.ownDisagreement(i, a) {
			continue // "if you disagree with it": nobody's stance
		}
		if w == "consistent" && i+1 < b && toks[i+1].low == "with" {
			continue // "consistent with his rhetoric": a comparison, no praise
		}
		if w == "support" && an.othersWho(i, a) {
			continue // "members who don't support it", "Americans who support the checks": others' position described
		}
		if w == "support" && (i == 0 || !verbContext[toks[i-1].low]) {
			continue // "more support than": the noun, not the verb
		}
		if w == "support" && narr && an.ownSupportVerb(i, a) && !an.ifBefore(i, a) {
			// "said she won't support him", "says he will support the
			// bill": a short reported line that states the speaker's own
			// position, a stance as sure as a response verb's
			if an.negatedAt(i, a) {
				sc.crit += ownPositionWeight
			} else {
				sc.sup += ownPositionWeight
			}
			continue
		}
		if supportWords[w] && i+1 < b && concernNouns[toks[i+1].low] {
			sc.crit += wordWeight // "strong concerns": the noun tells the stance
			continue
		}
		if denyWords[w] && denyAdjectives[w] && an.attributiveNonClaim(i, b) {
			// "a false prophet", "filing false tax returns", "a ridiculous
			// amount of money": the adjective rejects no claim
			continue
		}
		if narr && (denyWords[w] || w == "wrong") && an.verdictBefore(i, a) {
			continue // "another claim that was proven false": the writer's or a checker's verdict
		}
		if (w == "true" || w == "falsely") && an.attributiveTrue(i, b) {
			continue // "didn't have a true quorum", "falsely identified accounts": no claim judged
		}
		if an.noClaimSense(i, b) {
			continue // "lies within its hands", "on the basis of", "not aware of how"
		}
		if (criticWords[w] || supportWords[w]) && !denyWords[w] && !negatedDeny[w] && an.ifBefore(i, a) {
			continue // "if they make a mistake": a hypothetical, no verdict
		}
		if (criticWords[w] || supportWords[w]) && !denyWords[w] && !negatedDeny[w] && an.concededAt(i, a) {
			continue // "While drones are worthwhile, you misunderstand": conceded, the main clause judges
		}
		if supportWords[w] && !criticWords[w] && w != "support" && an.modalBefore(i, a) {
			continue // "should respect the desire", "should be proposing an optimistic vision": what is asked, no praise
		}
		neg := an.negatedAt(i, a)
		if w == "involvement" && neg && !an.negatedBefore(i, a) {
			continue // "Moscow's involvement was not welcome": the negation is the verdict's, no denial
		}
		if neg && (w == "truth" || w == "true") && an.toldBefore(i, a) {
			sc.crit += wordWeight // "hasn't told the truth": a charge of lying
			continue
		}
		switch {
		case negatedDeny[w] && neg && an.negationAsAim(i, a):
			// "to ensure no vote count is ever interfered with": a goal
		case negatedDeny[w] && neg && an.withoutBefore(i, a):
			// "the managers might say, without evidence, that": a charge, no
			// denial; in the narration it is the writer's hedge
			if !narr {
				sc.crit += wordWeight
			}
		case negatedDeny[w] && neg && an.normNegation(i, a):
			// "you cannot lie to Congress", "officials must not mislead
			// the public": a rule laid down for others, no denial
			if !narr {
				sc.crit += wordWeight
			}
		case negatedDeny[w] && neg && an.findingNo(i, a):
			// "the inspector general found no evidence that ...": a finding,
			// nobody's denial
		case negatedDeny[w] && neg:
			sc.deny += 2 * wordWeight
		case denyWords[w] && !neg && an.madeFalse(i, a):
			// "pleaded guilty to making false statements": a charge of
			// lying (criticism in a quote), no denial
			if !narr {
				sc.crit += wordWeight
			}
		case softDeny[w] && !neg && !an.claimIn(a, b):
			// "this is ridiculous", "called the bill absurd": said of no
			// claim, the word judges (criticism)
			sc.crit += wordWeight
		case denyWords[w] && !neg:
			sc.deny += wordWeight
		case criticWords[w] && !neg:
			sc.crit += wordWeight
		case supportWords[w]:
			if neg {
				sc.crit += wordWeight
			} else {
				sc.sup += wordWeight
			}
		}
	}
}

// normNegation reports a verb of deceit or meddling at toks[i] ("lie",
// "mislead", "interfere") negated by a modal of rule right before it
// ("cannot", "can't", "must not", "should not", "mustn't", "shouldn't":
// the negation negatedAt finds, up to six words before): a norm stated
// for others.
func (an *analysis) normNegation(i, a int) bool {
	toks := an.toks
	if !normVerbs[toks[i].low] {
		return false
	}
	s := an.sents[toks[i].sent]
	lo := a
	if lo < s.first {
		lo = s.first
	}
	for k := i - 1; k >= lo && k >= i-6; k-- {
		w := strings.ReplaceAll(toks[k].low, "’", "'")
		if negationBoundary[w] {
			return false
		}
		switch {
		case w == "cannot" || w == "can't" || w == "mustn't" || w == "shouldn't":
			return true
		case w == "not":
			// "must not mislead", "must answer the question and not mislead"
			for j := k - 1; j >= lo && j >= k-6; j-- {
				if toks[j].low == "must" || toks[j].low == "should" {
					return true
				}
				if negationBoundary[toks[j].low] {
					break
				}
			}
			return false
		case negators[w] || strings.HasSuffix(w, "n't"):
			return false
		}
	}
	return false
}

var normVerbs = set("lie", "mislead", "interfere")

// softDeny are denial words that reject a claim only when one is named
// with them ("the allegations are absurd"); said of anything else they
// judge it ("this is ridiculous", "an unfair tax").
var softDeny = set("ridiculous", "absurd", "bizarre", "unfair")

// claimIn reports a claim or allegation noun in toks[a:b], or an
// infinitive that puts one forward ("to suggest that").
func (an *analysis) claimIn(a, b int) bool {
	for k := a; k < b && k < len(an.toks); k++ {
		if claimNouns[an.toks[k].low] || allegationNouns[an.toks[k].low] {
			return true
		}
		if an.toks[k].low == "to" && k+1 < b && claimVerbs[an.toks[k+1].low] {
			return true // "it's ridiculous to suggest that", "unfair to say"
		}
	}
	return false
}

// claimVerbs put a claim forward ("to suggest that").
var claimVerbs = set("suggest", "say", "imply", "claim", "insinuate", "argue", "pretend")

// rightAdverbs after "right" make it an adverb or a direction ("right
// now", "right away", "right-wing").
var rightAdverbs = set("now", "away", "here", "there", "after", "before", "into", "at", "on", "in", "behind",
	"next", "back", "off", "out", "up", "down", "through", "wing", "side", "hand", "of")

// possPronouns own a noun ("their right to vote").
var possPronouns = set("his", "her", "their", "its", "our", "my", "your")

// comparedAway reports a word after "than" or "instead of", up to an
// article between ("more than a friend", "rather than an asset"): the
// comparison sets it aside.
func (an *analysis) comparedAway(i, a int) bool {
	k := i - 1
	if k >= a && (an.toks[k].low == "a" || an.toks[k].low == "an" || an.toks[k].low == "the") {
		k--
	}
	if k < a {
		return false
	}
	return an.toks[k].low == "than" || an.toks[k].low == "of" && k-1 >= a && an.toks[k-1].low == "instead"
}

// proposalObject reports a denial verb whose object is a proposal ("the
// House rejected a far-ranging immigration bill", "dismissed the plan").
func (an *analysis) proposalObject(i, b int) bool {
	for k := i + 1; k < b && k <= i+6; k++ {
		t := &an.toks[k]
		if t.kind != tkWord || t.quote >= 0 {
			return false
		}
		if proposalNouns[t.low] {
			return true
		}
		if (t.low == "idea" || t.low == "ideas" || t.low == "suggestion") && k+2 < b && an.toks[k+1].low == "of" && strings.HasSuffix(an.toks[k+2].low, "ing") {
			return true // "rejects the idea of arming teachers": a course put forward, not a claim ("the idea that he lied")
		}
		if allegationNouns[t.low] {
			return false
		}
	}
	return false
}

// proposalNouns are things put forward to be accepted or voted down.
var proposalNouns = set("bill", "bills", "measure", "proposal", "proposals", "amendment", "amendments",
	"plan", "offer", "nomination", "nominee", "legislation", "resolution", "motion", "deal", "request",
	"appeal", "compromise", "budget", "bid", "treaty", "agreement", "settlement", "requests", "offers",
	"plans", "deals", "nominations", "appeals", "bids", "measures", "cuts", "policy", "policies", "approach",
	"strategy", "solution", "option", "options", "reform", "reforms", "invitation", "invitations", "overture",
	"overtures", "ultimatum", "protections", "regulation", "regulations", "rule", "rules", "law", "laws",
	"demands", "mandate", "ban", "tax", "taxes", "tariff", "deadline", "terms")

// allegationNouns are claims a denial verb rejects.
var allegationNouns = set("allegation", "allegations", "claim", "claims", "charge", "charges", "report",
	"reports", "accusation", "accusations", "suggestion", "suggestions", "idea", "notion", "assertion")

func (sc *stanceScore) addStance(st string, w int) {
	switch st {
	case "denies":
		sc.deny += w
	case "criticizes":
		sc.crit += w
	case "supports":
		sc.sup += w
	}
}

// negatedAt reports whether toks[i] sits in the scope of a negation: a
// negator among the six words before it in its clause ("there was no
// impression of governmental incompetence"), or, for a word in a subject,
// a negated verb right after it ("the squabbles were not perceived as a
// problem"). "No doubt" and "not only" negate nothing.
func (an *analysis) negatedAt(i, lo int) bool {
	toks := an.toks
	s := an.sents[toks[i].sent]
	if lo < s.first {
		lo = s.first
	}
	for k := i - 1; k >= lo && k >= i-6; k-- {
		w := toks[k].low
		if negationBoundary[w] {
			break
		}
		if negators[w] || strings.HasSuffix(w, "n't") {
			if k+1 < len(toks) && (toks[k+1].low == "doubt" || toks[k+1].low == "only" || toks[k+1].low == "question") {
				continue
			}
			return true
		}
	}
	// a negated verb after the word closes its subject
	for k := i + 1; k < s.end && k <= i+10; k++ {
		w := toks[k].low
		if negationBoundary[w] || toks[k].kind == tkQuote || pronouns[w] != "" || w == "that" || w == "which" || w == "who" {
			break
		}
		if (w == "not" || w == "never") && k > i+1 && copulas[toks[k-1].low] || strings.HasSuffix(w, "n't") && copulas[strings.TrimSuffix(w, "n't")] {
			return true
		}
	}
	return false
}

// negatedBefore reports a negator within four words before toks[i] in its
// clause ("had no involvement", "did not have any involvement"), not a
// negated verb after it.
func (an *analysis) negatedBefore(i, lo int) bool {
	toks := an.toks
	if s := an.sents[toks[i].sent]; lo < s.first {
		lo = s.first
	}
	for k := i - 1; k >= lo && k >= i-4; k-- {
		w := toks[k].low
		if negationBoundary[w] {
			return false
		}
		if negators[w] || strings.HasSuffix(w, "n't") {
			return k == lo || toks[k-1].low != "almost" // "almost no involvement": a quantity
		}
	}
	return false
}

// negationBoundary ends the scope of a negation.
var negationBoundary = set(",", ".", ";", ":", "but", "although", "though", "while", "because", "yet", "however", "—", "–")

// copulas and auxiliaries whose negation ends a subject ("were not").
var copulas = set("is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did", "would", "could", "should", "will", "ca", "wo", "is", "isn", "wasn", "aren", "weren", "hasn", "haven", "don", "doesn", "didn", "couldn", "shouldn", "wouldn")

// evidenceText is the words that show a statement, for Reaction.Quote.
func (an *analysis) evidenceText(st statement) string {
	best := [2]int{-1, -1}
	for _, r := range st.ev {
		if r[1] > r[0] && (best[0] < 0 || r[1]-r[0] > best[1]-best[0]) {
			best = r
		}
	}
	if best[0] < 0 {
		return ""
	}
	s, e := an.toks[best[0]].s, an.toks[best[1]-1].fe
	return joinFields(an.text[s:e])
}

// otherSubject reports a response verb at toks[i] whose subject is a
// person other than the statement's reactor ("..., something that Trump
// also corrected").
func (an *analysis) otherSubject(st statement, i int) bool {
	w := an.toks[i].low
	if _, ok := reactVerbs[w]; !ok {
		return false
	}
	if reactVerbs[w] == "" && !(i+1 < len(an.toks) && hasPhrase(w, an.toks[i+1].low)) {
		return false
	}
	return an.namedOtherBefore(i, st.person)
}

// namedOtherBefore reports whether the clause of toks[i] has a named
// subject other than person, and not one coordinated with person.
func (an *analysis) namedOtherBefore(i, person int) bool {
	first := an.sents[an.toks[i].sent].first
	src := an.sourceBefore(i, first, an.midx)
	if src.person < 0 || src.person == person {
		return false
	}
	return !slices.Contains(an.coordinated(src.first, src.end, first), person)
}

// mergeRanges sorts token ranges and joins overlapping ones, so no word
// is scored twice.
func mergeRanges(rs [][2]int) [][2]int {
	out := slices.Clone(rs)
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	n := 0
	for _, r := range out {
		if n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out[n] = r
		n++
	}
	return out[:n]
}

// followerVerb reports a response verb at toks[i] whose subject is a group
// named after a person ("Clinton supporters rejected").
func (an *analysis) followerVerb(st statement, i int) bool {
	if _, ok := reactVerbs[an.toks[i].low]; !ok || st.person < 0 {
		return false
	}
	src := an.sourceBefore(i, an.sents[an.toks[i].sent].first, an.midx)
	if src.person < 0 {
		return followerNouns[strings.ToLower(lastWord(src.desc))]
	}
	return an.followerAfter(src.end, i)
}

// positiveIntensifiers and positiveHeads make "positive" a verdict ("very
// positive", "a positive step"), not a description ("positive momentum").
var positiveIntensifiers = set("very", "extremely", "really", "big", "hugely", "enormously", "incredibly")
var positiveHeads = set("step", "steps", "development", "developments", "move", "sign", "signs", "signal",
	"decision", "choice", "thing", "call", "play", "strategy", "politics")

// smartBefore make "smart" a verdict ("very smart", "that was smart").
var smartBefore = set("very", "so", "really", "pretty", "is", "was", "'s", "are", "were", "be", "been")

// verdictAdverbs judge how something was done; in the narration they
// are the writer's.
var verdictAdverbs = set("wisely", "deftly", "poorly")

// ownDisagreement reports "disagree" with a personal subject right before
// it, past one adverb or a quote mark ("I strongly disagree", "he
// disagrees", "he “disagreed”"), and no
// if-clause or question around it.
func (an *analysis) ownDisagreement(i, a int) bool {
	k := i - 1
	if k >= a && an.toks[k].kind == tkQuote {
		k-- // he “disagreed”
	}
	if k >= a && strings.HasSuffix(an.toks[k].low, "ly") {
		k--
	}
	if k < a {
		return false
	}
	switch an.toks[k].low {
	case "i", "we", "he", "she", "they":
	default:
		return false
	}
	return !(k > a && (an.toks[k-1].low == "if" || an.toks[k-1].low == "unless"))
}

// isReactor reports a token inside a mention of the statement's reactor.
func (an *analysis) isReactor(st statement, k int) bool {
	mi := an.midx[k]
	return st.person >= 0 && mi >= 0 && an.mentions[mi].person == st.person
}

// toAfter reports "to" as the next word after toks[i], past a closing
// quotation mark (a "threat" to democracy).
func (an *analysis) toAfter(i, b int) bool {
	k := i + 1
	for k < b && an.toks[k].kind == tkQuote {
		k++
	}
	return k < b && an.toks[k].low == "to"
}

// noBetter reports "better" in an idiom of praise: "no better choice",
// "nothing better", "hard-pressed to do better", "couldn't ask for a
// better", "can't think of a better" (a negated verb of choosing or
// doing before it); "not better off" is no praise.
func (an *analysis) noBetter(i, a int) bool {
	toks := an.toks
	if i+1 < len(toks) && toks[i+1].low == "off" {
		return false
	}
	if i > a && (toks[i-1].low == "no" || toks[i-1].low == "nothing") {
		return true
	}
	neg := false
	for k := i - 1; k >= a && k >= i-6; k-- {
		w := toks[k].low
		if negationBoundary[w] {
			break
		}
		if w == "hard-pressed" || w == "pressed" && k > a && toks[k-1].low == "hard" {
			return true
		}
		if negators[w] || strings.HasSuffix(w, "n't") {
			neg = true
		}
		if neg && betterChoiceVerbs[w] {
			return true
		}
	}
	// "couldn't ask for a better": the negation comes before the verb
	for k := i - 1; k >= a && k >= i-6; k-- {
		w := toks[k].low
		if negationBoundary[w] {
			break
		}
		if betterChoiceVerbs[w] {
			for j := k - 1; j >= a && j >= k-3; j-- {
				if negators[toks[j].low] || strings.HasSuffix(toks[j].low, "n't") {
					return true
				}
			}
		}
	}
	return false
}

// betterChoiceVerbs choose or do; negated before "better" they praise
// ("couldn't have picked a better", "can't do better").
var betterChoiceVerbs = set("do", "ask", "find", "pick", "picked", "choose", "chosen", "think", "imagine")

// otherSource reports a word in the narration whose clause has a named
// subject other than the statement's reactor ("Abcarian writes that
// Viguerie called for the resignation": Viguerie's demand).
func (an *analysis) otherSource(st statement, i int) bool {
	return st.person >= 0 && an.namedOtherBefore(i, st.person)
}

// urgeVerbs are demand frames that are verbs of their own subject
// ("Viguerie called for"), unlike a modal whose subject is the target
// ("Christie should resign").
var urgeVerbs = set("urged", "urges", "urging", "demanded", "demands", "demanding", "called", "calls", "calling",
	"pressed", "asked", "asking", "insisted")

// modalBefore reports "should", "must", "ought" or "need(s) to" among the
// eight words before toks[i] in its clause: the word names what is asked
// for or wished, not a verdict on what is.
func (an *analysis) modalBefore(i, a int) bool {
	for k := i - 1; k >= a && k >= i-8; k-- {
		w := an.toks[k].low
		if negationBoundary[w] || an.toks[k].kind == tkQuote {
			return false
		}
		if w == "should" || w == "must" || w == "ought" || (w == "need" || w == "needs") && k+1 < len(an.toks) && an.toks[k+1].low == "to" {
			return true
		}
	}
	return false
}

// copulaWords before an adjective make it a verdict ("was legitimate").
var copulaWords = set("is", "was", "are", "were", "be", "been", "being", "'s", "seems", "seemed", "looks", "remains")

// personalSubjects own a verb after them ("I trust him").
var personalSubjects = set("i", "we", "they", "you", "he", "she", "people", "americans", "voters")

// behindBefore make "behind <person>" backing ("he's behind Paul", "we
// are firmly behind her").
var behindBefore = set("'s", "is", "am", "'m", "are", "'re", "was", "were", "be", "remain", "remains", "stand",
	"stands", "firmly", "squarely", "fully", "solidly", "100%", "still", "all")

// contractedBe reports a pronoun with a contracted "be" ("he's", "we're",
// "I'm").
func contractedBe(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, suf := range []string{"'s", "'re", "'m"} {
		if p, ok := strings.CutSuffix(w, suf); ok && pronouns[p] != "" {
			return true
		}
	}
	return false
}

// raiseVerbs voice a doubt or a worry ("expressed concern", "raised
// questions"); callVerbs put something in doubt ("called it into
// question").
var raiseVerbs = set("expressed", "expresses", "expressing", "voiced", "voices", "voicing", "raised", "raises",
	"raise", "raising")
var callVerbs = set("call", "calls", "called", "calling")

// wordWithin reports one of ws among the n words before toks[i], in its
// clause.
func (an *analysis) wordWithin(i, a, n int, ws map[string]bool) bool {
	for k := i - 1; k >= a && k >= i-n; k-- {
		w := an.toks[k].low
		if w == "." || w == ";" {
			return false
		}
		if ws[w] {
			// "people who are raising these concerns", "asked if Cruz had
			// raised concerns": someone else's doubt
			for j := k - 1; j >= a && j >= k-3; j-- {
				if l := an.toks[j].low; l == "who" || l == "if" || l == "whether" || l == "that" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ifBefore reports "if" or "unless" among the eight words before toks[i]
// in its clause: the word is a hypothetical.
func (an *analysis) ifBefore(i, a int) bool {
	for k := i - 1; k >= a && k >= i-8; k-- {
		w := an.toks[k].low
		if negationBoundary[w] || an.toks[k].kind == tkQuote || w == "then" {
			return false
		}
		if w == "if" || w == "unless" {
			return !(k > a && (an.toks[k-1].low == "as" || an.toks[k-1].low == "even"))
		}
	}
	return false
}

// concededAt reports whether toks[i] sits in a concessive clause ("While
// the drones are worthwhile and it's good to ..., you misunderstand",
// "even though she was great at it"): the clause runs from "while",
// "although", "though" or "whilst" to the word with no comma, colon,
// dash, quote mark or "but" between; what it grants is no verdict of
// the speaker's, the main clause carries the stance. A clause whose
// subject is the speaker ("although I disagree") is kept.
func (an *analysis) concededAt(i, a int) bool {
	for k := i - 1; k >= a && k >= i-15; k-- {
		t := &an.toks[k]
		if t.kind == tkQuote || concessionStops[t.low] {
			return false
		}
		if concessives[t.low] {
			// "although I disagree with him", "though he's concerned
			// about": the speaker's own view, no concession
			if k+1 < len(an.toks) {
				n := an.toks[k+1].low
				if firstPersons[n] || an.toks[k].quote < 0 && (n == "he" || n == "she" || n == "they") {
					return false
				}
			}
			return true
		}
	}
	return false
}

var concessives = set("while", "although", "though", "whilst")
var firstPersons = set("i", "we", "i'm", "we're", "i've", "we've")
var concessionStops = set(",", ".", ";", ":", "—", "–", "but", "yet", "however", "?", "!")

// notWhoWeAre reports a negated statement of identity at toks[i], a
// verdict that something betrays a group's values: "not who we are" (or
// "who we're"), "not what this party stands for" (a "stand(s) for"
// within six words), "not the American way".
func (an *analysis) notWhoWeAre(i, b int) bool {
	toks := an.toks
	k := i - 1
	if toks[i].low == "way" {
		if k < 0 || toks[k].low != "american" {
			return false
		}
		k--
		if k >= 0 && toks[k].low == "the" {
			k--
		}
	}
	if k < 0 || !(toks[k].low == "not" || strings.HasSuffix(toks[k].low, "n't") || strings.HasSuffix(toks[k].low, "n’t")) {
		return false
	}
	switch toks[i].low {
	case "way":
		return true
	case "who":
		return i+2 < b && toks[i+1].low == "we" && (toks[i+2].low == "are" || toks[i+2].low == "'re" || toks[i+2].low == "’re") ||
			i+1 < b && (toks[i+1].low == "we're" || toks[i+1].low == "we’re")
	}
	for j := i + 1; j < b && j <= i+7; j++ {
		if (toks[j].low == "stand" || toks[j].low == "stands") && j+1 < b && toks[j+1].low == "for" {
			return true
		}
		if toks[j].kind != tkWord {
			return false
		}
	}
	return false
}

// overridesPublic reports a charge of setting the public aside at
// toks[i] (the verb or "politics"): "ignore(d)/defied/disregarding the will of" (the people, the
// voters, the House) and "put(ting)/placing/chose/choosing [partisan]
// politics over/ahead of/before" (the country, people, leadership).
func (an *analysis) overridesPublic(i, a, b int) bool {
	toks := an.toks
	if overrideVerbs[toks[i].low] {
		return i+3 < b && toks[i+1].low == "the" && toks[i+2].low == "will" && toks[i+3].low == "of"
	}
	if !(i+1 < b && (toks[i+1].low == "over" || toks[i+1].low == "before" || toks[i+1].low == "ahead" && i+2 < b && toks[i+2].low == "of")) {
		return false
	}
	for k := i - 1; k > a && k >= i-2; k-- {
		if politicsChoiceVerbs[toks[k].low] {
			return true
		}
		if toks[k].kind != tkWord {
			return false
		}
	}
	return false
}

var overrideVerbs = set("ignore", "ignores", "ignored", "ignoring", "defy", "defies", "defied", "defying", "disregard", "disregards", "disregarded", "disregarding", "thwart", "thwarted", "thwarting", "overturn", "overturned", "overturning", "subvert", "subverted", "subverting")
var politicsChoiceVerbs = set("put", "puts", "putting", "place", "places", "placed", "placing", "choose", "chooses", "chose", "choosing", "chosen", "prioritize", "prioritizes", "prioritized", "prioritizing", "playing", "play", "plays", "played")

// ownPositionWeight scores "support" as a verb of a pronoun subject in
// reported speech: more than a word (a one-word stance of a short line is
// otherwise dropped as weak), less than a response verb.
const ownPositionWeight = 2

// ownSupportVerb reports "support" at toks[i] with a personal pronoun
// subject right before it, past auxiliaries, negation and adverbs of the
// verbContext list ("she won't support", "he will not support", "they
// would still support"); "would" alone is a hypothetical and does not
// count without a negation ("he would support it if ...").
func (an *analysis) ownSupportVerb(i, a int) bool {
	toks := an.toks
	would := false
	for k := i - 1; k >= a && k >= i-4; k-- {
		w := toks[k].low
		switch w {
		case "i", "we", "he", "she", "they":
			return !would || an.negatedAt(i, a)
		case "would", "could":
			would = true
		}
		if !verbContext[w] && w != "n't" && w != "wo" && w != "ca" {
			return false
		}
	}
	return false
}

// reflexives follow a verb done to oneself ("distanced himself").
var reflexives = set("himself", "herself", "themselves", "itself", "myself", "ourselves")

// brokeWords break a promise.
var brokeWords = set("broken", "broke", "breaking", "breaks", "break")

// forOrInAfter reports "for" or "in" right after toks[i], past quote
// marks and commas ("no place” in", "no place, for").
func (an *analysis) forOrInAfter(i, b int) bool {
	for k := i + 1; k < b && k <= i+3; k++ {
		t := &an.toks[k]
		if t.kind == tkQuote || t.low == "," {
			continue
		}
		return t.low == "for" || t.low == "in"
	}
	return false
}

// wordAfter reports one of ws among the n words after toks[i].
func (an *analysis) wordAfter(i, b, n int, ws map[string]bool) bool {
	for k := i + 1; k < b && k <= i+n; k++ {
		if an.toks[k].low == "." || an.toks[k].low == ";" {
			return false
		}
		if ws[an.toks[k].low] {
			return true
		}
	}
	return false
}

// lastThingModals follow "the last thing" in the idiom of rejection ("the
// last thing we need", "the last thing Congress should do").
var lastThingModals = set("should", "need", "needs", "want", "wants", "must")

// notVerdictAfterStrong are nouns "strong" measures rather than praises.
var notVerdictAfterStrong = set("majority", "consensus", "bipartisan", "support", "opposition", "feelings",
	"views", "demand", "headwinds", "winds", "evidence", "possibility", "chance", "likelihood", "no", "yes", "vote")

// pastCounterfactual reports "should have" / "shouldn't have" and a
// participle after toks[i] ("should have done more", "shouldn't have been
// released"): what the subject failed to do; "should have" in a question
// asks. ("could have" is mostly a hypothetical: "could have caused
// another shutdown", "could have spotted those attackers".)
func (an *analysis) pastCounterfactual(i, b int) bool {
	toks := an.toks
	if i+2 >= b || toks[i+1].low != "have" {
		return false
	}
	nx := toks[i+2].low
	if !(strings.HasSuffix(nx, "ed") || strings.HasSuffix(nx, "en") || irregularParticiples[nx] || nx == "been") {
		return false
	}
	for k := i + 1; k < b && k <= i+20; k++ {
		if toks[k].low == "?" || toks[k].low == "ago" && k <= i+10 {
			return false // a question; "something he should have done months ago": it is done now, praise
		}
		if toks[k].low == "." {
			break
		}
	}
	return true
}

// othersWho reports "who" right before toks[i], past auxiliaries and
// negators ("members who don't support it", "voters who would support
// him"): the position of the people the relative clause describes.
func (an *analysis) othersWho(i, a int) bool {
	for k := i - 1; k >= a && k >= i-4; k-- {
		w := an.toks[k].low
		if w == "who" {
			return true
		}
		if !(negators[w] || w == "n't" || strings.HasSuffix(w, "n't") || verbContext[w] && pronouns[w] == "" || w == "do" || w == "does" || w == "did") {
			return false
		}
	}
	return false
}

// verdictOnChoice reports "made/was/is the right (or wrong) decision, call,
// move or choice" at toks[i] (a quote mark allowed around the phrase), not
// negated, in a question or after "if".
func (an *analysis) verdictOnChoice(i, a, b int) bool {
	toks := an.toks
	n := i + 1
	if n < b && toks[n].kind == tkQuote {
		n++
	}
	if n >= b || !verdictChoices[toks[n].low] {
		return false
	}
	k := i - 1
	if k >= a && toks[k].kind == tkQuote {
		k--
	}
	if k < a+1 || toks[k].low != "the" || !choiceVerbs[toks[k-1].low] && !contractedBe(toks[k-1].low) {
		return false
	}
	return !an.negatedAt(i, a) && !an.ifBefore(i, a) && !(n+1 < b && toks[n+1].low == "?")
}

// choiceJudgments judge a decision ("a good decision", "a bad call"),
// by polarity.
var choiceJudgments = map[string]int{"good": 1, "smart": 1, "wise": 1, "sound": 1, "great": 1,
	"bad": -1, "poor": -1, "terrible": -1, "foolish": -1, "dumb": -1}

// judgedChoice reports "a/the good (bad, smart, wise, ...) decision, call,
// move or choice" at toks[i] (a quote mark allowed before the article or
// the adjective): not negated, after "if", a modal of wish ("would be a
// good decision", "should make a smart choice") or in a question.
func (an *analysis) judgedChoice(i, a, b int) bool {
	toks := an.toks
	n := i + 1
	if n >= b || !verdictChoices[toks[n].low] {
		return false
	}
	k := i - 1
	if k >= a && toks[k].kind == tkQuote {
		k--
	}
	if k < a || toks[k].low != "a" && toks[k].low != "the" {
		return false
	}
	for j := k - 1; j >= a && j >= k-2; j-- {
		if l := toks[j].low; l == "would" || l == "could" || l == "might" || l == "whether" {
			return false
		}
	}
	return !an.negatedAt(i, a) && !an.ifBefore(i, a) && !an.modalBefore(i, a) && !(n+1 < b && toks[n+1].low == "?")
}

// verdictChoices after "the right" / "the wrong" name a decision.
var verdictChoices = set("decision", "call", "move", "choice")

// choiceVerbs before "the right decision" make it a verdict ("made the
// right decision", "it was the right call").
var choiceVerbs = set("made", "make", "makes", "making", "was", "is", "are", "were", "be")

// guiltyWords before "violations" report a plea or charge.
var guiltyWords = set("guilty", "charged", "convicted", "indicted", "fined", "cited", "traffic")

// expressVerbs voice a feeling ("expressed optimism about the plan").
var expressVerbs = set("expressed", "expresses", "expressing", "voiced", "voices", "voicing")

// judgingIdiom reports an idiom of reproach at toks[i]: "a slap in the
// face", "(there is) no excuse (for)", "above the law" (negated too: "no
// one is above the law" is said against the one who acts as if he were),
// "does/did/would do nothing (little) to" + a verb, "has done little to",
// "give me a break", "enough is enough", "bait and
// switch"; not in an
// if-clause ("if we do nothing to rein it in").
func (an *analysis) judgingIdiom(i, a, b int) bool {
	toks := an.toks
	at := func(k int, w string) bool { return k >= a && k < b && toks[k].low == w }
	if an.ifBefore(i, a) {
		return false
	}
	switch toks[i].low {
	case "slap":
		return at(i+1, "in") && at(i+2, "the") && at(i+3, "face")
	case "excuse":
		return at(i-1, "no") && (at(i+1, "for") || at(i-2, "is") || at(i-2, "was") || at(i-2, "there's") || at(i-2, "there’s"))
	case "above":
		return at(i+1, "the") && at(i+2, "law")
	case "nothing", "little":
		return (at(i-1, "does") || at(i-1, "do") || at(i-1, "did") || at(i-1, "doing") || at(i-1, "done")) && at(i+1, "to") && i+2 < b && toks[i+2].kind == tkWord
	case "break":
		return at(i-1, "a") && at(i-2, "me") && at(i-3, "give")
	case "bait":
		return at(i+1, "and") && at(i+2, "switch")
	case "pale":
		return at(i-1, "the") && at(i-2, "beyond")
	case "enough":
		if at(i+1, "is") && at(i+2, "enough") {
			return true // "enough is enough": patience with the subject is spent
		}
		// "the president is not doing enough", "hasn't done nearly
		// enough to": a duty left undone
		k := i - 1
		if at(k, "nearly") || at(k, "remotely") || at(k, "near") {
			k--
		}
		if !(at(k, "doing") || at(k, "done") || at(k, "do") || at(k, "does") || at(k, "did")) {
			return false
		}
		for j := k - 1; j >= a && j >= k-3; j-- {
			if negators[toks[j].low] && toks[j].low != "no" && toks[j].low != "without" || strings.HasSuffix(toks[j].low, "n't") {
				return true
			}
		}
	}
	return false
}

// hadNoKnowledge reports "have/has/had no (prior, advance, personal)
// knowledge" at toks[i]: the speaker's side disowns a part in the
// matter. Not "no specialised knowledge of the dossier" (a lack found in
// others) nor "the knowledge wasn't there".
func (an *analysis) hadNoKnowledge(i, a int) bool {
	toks := an.toks
	k := i - 1
	for k >= a && toks[k].kind == tkQuote {
		k--
	}
	if k >= a && (toks[k].low == "prior" || toks[k].low == "advance" || toks[k].low == "personal") {
		k--
	}
	for k >= a && toks[k].kind == tkQuote {
		k--
	}
	if k < a || toks[k].low != "no" {
		return false
	}
	k--
	for k >= a && toks[k].kind == tkQuote {
		k--
	}
	return k >= a && (toks[k].low == "have" || toks[k].low == "has" || toks[k].low == "had")
}

// bestDescriptive reports a participle after "best" that makes "best" an
// adverb of degree ("best known", "best remembered", "best exemplified");
// "best qualified", "best suited", "best positioned" still praise.
func bestDescriptive(w string) bool {
	if bestPraise[w] {
		return false
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "wn") || strings.HasSuffix(w, "en"))
}

var bestPraise = set("qualified", "suited", "positioned", "prepared", "equipped", "placed")

// cameToDefense reports "defense" at toks[i] after "to" and a verb of
// coming or rushing, with a possessive or "the" between ("rushed to
// Hale's defense", "came to her defense", "leapt to the defense of the
// plan"), whose subject is the statement's own person: the reactor takes
// the side of the one defended. Not negated or wished ("refused to come
// to his defense", "no one will come to his defense"), nor another's act
// ("the media leapt to her defense").
func (an *analysis) cameToDefense(st statement, i, a int) bool {
	toks := an.toks
	if toks[i].cap {
		return false // "Department of Defense"
	}
	k := i - 1
	if k < a {
		return false
	}
	if toks[k].low == "the" {
		if i+1 >= len(toks) || toks[i+1].low != "of" {
			return false
		}
		k--
	} else if !(toks[k].poss || possPronouns[toks[k].low]) {
		return false
	} else if toks[k].poss && toks[k].cap {
		// "to Barr's defense": the possessive may close a longer name
		for k > a && toks[k-1].cap && toks[k-1].kind == tkWord {
			k--
		}
		k--
	} else {
		k--
	}
	if k < a || toks[k].low != "to" || k-1 < a {
		return false
	}
	v := k - 1
	if !defenseMotions[toks[v].low] || st.person < 0 {
		return false
	}
	for j := v - 1; j >= a && j >= v-3; j-- {
		l := toks[j].low
		if negators[l] || strings.HasSuffix(l, "n't") || defenseBlockers[l] {
			return false
		}
	}
	sn := an.sents[toks[v].sent]
	return an.sourceBefore(v, sn.first, an.midx).person == st.person
}

// defenseBlockers before the verb make the defense unreal or undone.
var defenseBlockers = set("refused", "refuses", "failed", "fails", "to", "will", "would", "could", "might", "may",
	"should", "if", "one")

// defenseMotions come, with "to X's defense", to take a side.
var defenseMotions = set("came", "come", "comes", "coming", "rushed", "rush", "rushes", "rushing", "leapt", "leaped",
	"leaps", "jumped", "jumps", "sprang", "springs", "rose", "rallied", "raced", "hurried", "stepped", "went")

// avertedAt reports a criticism word at toks[i] that is the object of a
// verb of averting up to three words before it ("avoids the mistakes",
// "to prevent a disaster", "averting chaos").
func (an *analysis) avertedAt(i, a int) bool {
	toks := an.toks
	for k := i - 1; k >= a && k >= i-3; k-- {
		if avertVerbs[toks[k].low] {
			return true
		}
		if toks[k].kind != tkWord || !determiners[toks[k].low] && !possPronouns[toks[k].low] && !toks[k].poss && toks[k].low != "any" && toks[k].low != "further" && toks[k].low != "more" && toks[k].low != "another" {
			return false
		}
	}
	return false
}

// avertVerbs keep something bad from happening.
var avertVerbs = set("avoid", "avoids", "avoided", "avoiding", "prevent", "prevents", "prevented", "preventing",
	"avert", "averts", "averted", "averting")

// goodNouns are goods that "unprecedented" praises rather than alarms.
var goodNouns = set("accountability", "transparency", "access", "cooperation", "growth", "success", "support",
	"progress", "prosperity", "openness", "protection", "protections", "oversight", "investment", "investments",
	"opportunity", "opportunities", "unity", "generosity", "freedom", "flexibility")

// negatedCrit judge the subject when negated ("can't be justified", "not
// acceptable") and say nothing otherwise.
var negatedCrit = set("justified", "justify", "justification", "acceptable", "defensible", "excusable")

// critPredNext may follow a predicative negatedCrit word ("not
// acceptable to", "no justification for", "never acceptable and").
var critPredNext = set("to", "for", "in", "under", "by", "and", "or", "at", "anymore", "here", "now")
