package extract

import "testing"

// TestDocumentSpeakers: one made-up case per rule of documents.go, each
// failing with its rule off.
func TestDocumentSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, want string
	}{
		{"a share of respondents answers in the poll's words",
			"A new Harlow Research poll found most voters want lower rents.\n\nAsked about the tax, 45 percent of respondents said they found it \"unacceptable,\" while 46 percent called it \"no big deal.\"",
			"no big deal.", "Harlow Research poll"},
		{"respondents left after a cut share are the poll's",
			"A Brightline Institute survey of 900 adults came out Monday.\n\nJust 7% of registered voters say they would \"rather not tell\" whom they back.",
			"rather not tell", "Brightline Institute survey"},
		{"the poll takes the name an earlier mention gave it",
			"A Brightline Institute poll released Monday asked 900 adults about schools.\n\nThe mayor spoke later.\n\nThe poll also asked about roads. Some 31 percent said things are \"going fine.\"",
			"going fine.", "Brightline Institute poll"},
		{"a share with no figure needs a poll close by",
			"A Harlow Research poll asked about parks.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nThe more people see of the plan, the more they feel \"meh\" about it.",
			"meh", "more people"},
		{"a bare figure with no poll is no speaker",
			"At the town meeting, 39 percent said the plan was \"a disgrace.\"",
			"a disgrace.", ""},
		{"a number of people is no share",
			"\"We object,\" 43 Democratic senators wrote in a letter.",
			"We object,", "43 Democratic senators"},
		{"a document's descriptor loses its date",
			"\"We will appeal the ruling,\" a March 9 letter said.",
			"We will appeal the ruling,", "letter"},
		{"a document's descriptor loses a participle after its noun",
			"Donors get \"networking chances,\" according to the memo reviewed by reporters.",
			"networking chances,", "memo"},
		{"a document subject after the quote",
			"\"There is a tendency to avoid rivals,\" the Larkin Center study found. \"Partisans seek their own.\"",
			"There is a tendency to avoid rivals,", "Larkin Center study"},
		{"a cue-less quote after the document's goes on with it",
			"\"There is a tendency to avoid rivals,\" the Larkin Center study found. \"Partisans seek their own.\"",
			"Partisans seek their own.", "Larkin Center study"},
		{"a document subject before the quote",
			"The memorandum states that \"any agency head may exempt positions\" from the freeze.",
			"any agency head may exempt positions", "memorandum"},
		{"a statement speaks for the body that issued it",
			"The Harlow Trust issued a statement on Monday.\n\n\"We regret the delay,\" the statement said.",
			"We regret the delay,", "Harlow Trust"},
		{"a statement speaks for the person who released it",
			"Peter Hall released a statement criticizing the board. \"I had hoped for better,\" the statement reads.",
			"I had hoped for better,", "Peter Hall"},
		{"a memo from an organisation is its words",
			"Turnout fell, according to a memo from the Brightline Institute. \"Voters stayed home,\" the memo says.",
			"Voters stayed home,", "Brightline Institute"},
		{"said in a statement: the one who said",
			"Peter Hall spoke with Anna Ruiz and praised the deal, the White House said in a statement.\n\n\"It went well,\" the statement read.",
			"It went well,", "White House"},
		{"a letter written by someone's doctor is not theirs",
			"Peter Hall gave a letter written by Mr. Hall's doctor to reporters. \"He is healthy,\" the letter said.",
			"He is healthy,", "letter"},
		{"a phrase between the document and its verb",
			"A 90-page report Tuesday from two of the panels that studied the deal found that the \"evidence of misconduct is overwhelming.\"",
			"evidence of misconduct is overwhelming.", "report"},
		{"an organisation's document speaks for it",
			"Brightline's official statement on the removal noted that \"more posts were reported to us.\"",
			"more posts were reported to us.", "Brightline"},
		{"a memo circulated by an organisation is its words",
			"Democrats pounced, as a memo circulated Monday by the Brightline Committee shows.\n\n\"They are on the run,\" the memo states.",
			"They are on the run,", "Brightline Committee"},
		{"in a memo, the main clause's subject is its author",
			"In an internal memo sent to staff late Tuesday, the Harlow Group outlined its plan.\n\n\"We have lost momentum,\" the memo said.",
			"We have lost momentum,", "Harlow Group"},
		{"a share that opens its clause answers in the poll's words",
			"A Harlow Research survey of chief executives came out Monday.\n\nWorry has eased, with just 54% of companies calling it a \"significant threat.\"",
			"significant threat.", "Harlow Research survey"},
		{"a share inside someone's clause is not the poll's",
			"A Harlow Research poll came out Monday.\n\nPeter Hall played down the drop, saying 8 percent of the poll was done on Sunday and calling it a \"statistical error.\"",
			"statistical error.", "Peter Hall"},
		{"a name in a relative clause is not the document's author",
			"The school where Peter Hall taught released a statement on Friday.\n\n\"We knew nothing of it,\" the statement said.",
			"We knew nothing of it,", "statement"},
		{"a name that only qualifies the author after by",
			"Aides read a memo written by Democratic members of the panel.\n\n\"It would harm security,\" the memo said.",
			"It would harm security,", "memo"},
		{"it notes after a memo from an organisation",
			"A memo from the Brightline Institute, obtained by reporters, lays out the plan.\n\n\"The governor has lost the center,\" it notes.",
			"The governor has lost the center,", "Brightline Institute"},
		{"a quote that continues a document's goes on with its author",
			"The Ruiz campaign sent a memo to donors on Monday.\n\n\"We are winning the suburbs,\" the memo says. \"Turnout is up,\" it adds.",
			"Turnout is up,", "Ruiz campaign"},
		{"a verb is no document",
			"Kuwait had sought to release the boats.\n\n\"We are perplexed,\" it said.",
			"We are perplexed,", ""},
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
