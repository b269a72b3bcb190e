package extract

import "testing"

// TestSpeakerKinds holds one made-up case per rule added from the
// speakers3 read (kinds of speaker error on unseen articles): the quote
// and the speaker it must get.
func TestSpeakerKinds(t *testing.T) {
	cases := []struct {
		name, text, quote, want string
	}{
		{"sentences that only quote go on with the one who reported before them",
			"\"It is a bad deal for travellers,\" said Tom Ruiz, head of the travel group.\n\nOn Monday, Peter Hall said that the changes were needed. \"We did what we could.\" \"Travellers deserve better,\" he added.",
			"Travellers deserve better,", "Peter Hall"},
		{"a role of a lower-case organisation phrase is an unnamed source",
			"\"It is a bad deal for travellers,\" said Tom Ruiz, head of the travel group.\n\n\"We know the rules will change,\" the chief executive of a leading European car maker told reporters.",
			"We know the rules will change,", "chief executive of a leading European car maker"},
		{"a he/she goes on with an unnamed source whose head comes before of",
			"\"It is a bad deal for travellers,\" said Tom Ruiz, head of the travel group.\n\n\"We know the rules will change,\" the chief executive of a leading European car maker told reporters. The new fees were \"absurd\", he said.",
			"absurd", "chief executive of a leading European car maker"},
		{"a name before an irregular past tense is its subject, not a modifier",
			"The awards were handed out on Sunday.\n\nAnd Mark Ruiz paid tribute to singer Tom Hale and thanked director Peter Hall. \"You took a chance, man,\" he said.",
			"You took a chance, man,", "Mark Ruiz"},
		{"a later clause's subject who reports speech goes on when the first clause's reports nothing",
			"The vote was close.\n\nMr. Hall met late Wednesday with other members of his party, and Rep. Tom Ruiz, a Georgia Republican, said afterward that no one spoke out against the speaker Mr. Hall.\n\n\"There was no discontent in that meeting,\" he told reporters.",
			"There was no discontent in that meeting,", "Tom Ruiz"},
		{"the one a document goes to is no speaker: the document is",
			"Peter Hall heads the border agency.\n\nA letter sent Tuesday to Mr. Hall warned the plan would \"leave our area vulnerable.\"",
			"leave our area vulnerable.", "letter"},
		{"a quote after a sentence that credits someone with according to is theirs",
			"\"We will win the seat,\" said Tom Ruiz, the party chairman.\n\nThe problem, according to Mr Lane, is not the war but Mr Hale himself. \"I have a new slogan. Vote Hale, get Ruiz.\"",
			"I have a new slogan. Vote Hale, get Ruiz.", "Lane"},
		{"a dealer for or at a firm speaks, not the firm",
			"Rates fell on Monday.\n\n\"Rates will fall,\" a dealer for a major Boravian bank said.",
			"Rates will fall,", "dealer"},
		{"the writer's own words, credited to I, have no speaker",
			"\"We will win,\" Peter Hall said on Monday. I told him, \"You will lose the vote.\"",
			"You will lose the vote.", ""},
		{"a body before its bracketed acronym and which speaks",
			"The commission faces a challenge.\n\nIt comes from the Boravia Air Council (BAC), which called the package \"a disaster\" on Monday.",
			"a disaster", "Boravia Air Council"},
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
