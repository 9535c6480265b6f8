import sys
from markup import write_set, build
T = []

# ---------------------------------------------------------------- 1 US software engineer
T.append("""AI: Thanks for making time today. Could you start by telling me a bit about yourself and what you do?

User: Yeah, of course. I'm [[Marcus Delgado|PERSON]], I'm [[34|AGE]], and I'm a [[senior backend engineer|JOB_TITLE]] at [[Ledgerline|ORGANIZATION]] — we do payment infrastructure for mid-size retailers. I'm in [[Austin|CITY]], but honestly most of my team is remote, a couple of people in [[Denver|CITY]], a few contractors in [[Poland|COUNTRY]]. I joined in [[2019|DATE]], back when we were maybe sixty people, so I've watched the whole "AI is banned" to "AI is mandatory" arc up close.

AI: Mandatory is a strong word. How did that shift happen?

User: (laughs) Okay, maybe not mandatory. But our [[CTO|GENERIC_ROLE]] sent this company-wide email in [[January 2024|DATE]] basically saying every engineer gets a [[GitHub Copilot|AI_PRODUCT]] seat and he wanted "measurable adoption by Q2." Which, you can imagine how that landed. My [[manager|GENERIC_ROLE]], [[Brian Kowalczyk|PERSON]], was pretty chill about it though. He told us in our one-on-ones, like, "use it where it helps, don't perform using it for the dashboard." I appreciated that. Day to day now, I'm in [[VS Code|SOFTWARE]] basically all day with [[Copilot|AI_PRODUCT]] on, and then I keep [[Claude|AI_PRODUCT]] open in a browser tab for the bigger stuff. [[Copilot|AI_PRODUCT]]'s great for boilerplate — test fixtures, serializers, that kind of thing. [[Claude|AI_PRODUCT]] I use more like a rubber duck that talks back. If I've got a gnarly stack trace out of the logs I'll paste it in, scrub the customer IDs first obviously, and ask it to walk me through what's going on. Half the time it's wrong about the specifics, but it gets me thinking in the right direction.

AI: You mentioned scrubbing customer IDs. Is there guidance on what you can and can't paste?

User: There's a policy doc, yeah. [[Jen Okoro|PERSON]], she's our [[staff security engineer|JOB_TITLE]], wrote most of it. She's great, very blunt. She pinned a message in the [[Slack|SOFTWARE]] channel that just says, and I'm quoting, "if you paste a live API key into a chatbot I will find you. love, [[jen|PERSON]]." (laughs) And people actually follow it, because everyone's a little scared of [[Jen|PERSON]]. The rule is basically no customer data, no secrets, no merchant names. We have an internal proxy that strips some of it, but you're still supposed to do it yourself. Anyway, has it helped? Yeah, and it's also burned me. The good one — we had an incident on [[November 8th|DATE]], a reconciliation job double-posting refunds for one merchant. I was on call, it was like [[two in the morning|GENERIC_TIME]], and I used [[Claude|AI_PRODUCT]] to help me read a really old chunk of code nobody had touched since [[Raj|PERSON]] left. It spotted that a retry decorator was wrapping a non-idempotent call. Saved me maybe an hour, which at that hour is everything. The bad one: [[Copilot|AI_PRODUCT]] once autocompleted a whole migration that looked perfect and quietly dropped an index. [[Tomás|PERSON]] caught it in code review, thank god. He still brings it up. He'll just drop "index?" in my DMs at random.

AI: [[Tomás|PERSON]] is on your team?

User: Yeah, [[Tomás Reyes|PERSON]], he's one of the [[Denver|CITY]] folks. He's a [[site reliability engineer|JOB_TITLE]], so he reviews anything that touches the database. If you want to see how he feels about AI-generated code, his [[GitHub|SOFTWARE]] is [[treyes-sre|SOCIAL_HANDLE]] and he has a pinned gist called "things the robot did to me." It's very funny.

AI: How do you think about the quality of your own work now compared to before?

User: Honestly, I think I write more code and think a little less about each line, and I'm not sure that's a great trade. There's a talk by [[Kent Beck|PUBLIC_FIGURE]] where he says something like AI makes the cheap stuff cheaper and the expensive stuff more valuable, and I think about that a lot. The expensive stuff is knowing what the merchants actually need. [[Deshawn|PERSON]] on the product side sits in on our planning every other [[Tuesday|GENERIC_TIME]], and no model is replacing the context he carries around in his head. It spills over at home a bit, too. My wife, [[Alana|PERSON]], is a [[pediatric nurse|JOB_TITLE]] at [[Dell Children's|ORGANIZATION]], and she thinks it's hilarious that I argue with a chatbot at dinner. Our neighbor's kid asked me to help him use [[ChatGPT|AI_PRODUCT]] for a science fair project and I ended up giving a forty-minute lecture about hallucinations. He did not care. At all.

AI: Last question — what would you want the people building these tools to know?

User: That context is the whole game. The tool doesn't know that [[Ledgerline|ORGANIZATION]] has a weird legacy ledger format [[Raj|PERSON]] invented over a long weekend, or that one merchant sends us CSVs with the columns in a different order every month. That's the job. And if you want to follow up, that's fine, my work email's [[marcus.delgado@ledgerline.io|EMAIL_ADDRESS]].""")

# ---------------------------------------------------------------- 2 UK primary teacher
T.append("""AI: Hi, thanks for joining. Could you introduce yourself and tell me a little about your job?

User: Hiya. I'm [[Gemma Thornton|PERSON]], I'm a [[Year 4 teacher|JOB_TITLE]] at [[Kirkstall Valley Primary|SCHOOL]] in [[Leeds|CITY]]. I've been teaching eleven years, this is my fourth school. I'm also the school's [[computing coordinator|JOB_TITLE]], which is probably why they volunteered me for this, to be fair.

AI: How are you using AI in your teaching at the moment?

User: Mostly planning and admin. I use [[ChatGPT|AI_PRODUCT]] to knock out first drafts of differentiated worksheets — so if we're doing fractions, I'll ask it for three versions, one with pictures, one standard, one with a reasoning challenge. Then I rewrite about half of it because it doesn't know my class. Like, it doesn't know that [[Alfie|PERSON]] needs everything in a bigger font, or that [[Zainab|PERSON]] will finish the challenge in four minutes and then start helping everyone else whether they want her to or not. (laughs) She's a gem, honestly. Very bossy. Anyway, we've also started using [[Aila|AI_PRODUCT]], the lesson assistant from [[Oak National Academy|ORGANIZATION]], which is pretty decent for slides because it's built around the curriculum already. Our [[headteacher|GENERIC_ROLE]], Mrs [[Pickering|PERSON]], was properly sceptical at first. She'd seen something on the news about kids cheating on coursework and she basically wanted it banned. What changed her mind? Honestly? Reports. End-of-year reports in [[July 2023|DATE]]. We have to write a comment for every child, thirty-odd kids, and it used to take me three full weekends. Last year I wrote bullet points — "improved times tables, needs to stop rolling about on the carpet" — and had the AI turn them into proper paragraphs. I use initials, obviously, never full names, we had a whole GDPR session about it from [[Dave Ackroyd|PERSON]] at the [[Aire Learning Trust|ORGANIZATION]]. Then I edited every single one, I want to be clear about that. But it cut it down to one weekend. I showed Mrs [[Pickering|PERSON]] and she went quiet and then said, "Send me the prompt." (laughs)

AI: Are there things you won't use it for?

User: Safeguarding, definitely. Anything about a child's home life, anything that goes on [[CPOMS|SOFTWARE]] — that stays on [[CPOMS|SOFTWARE]]. And I don't let it mark. I tried it once with some persuasive letters and it gave [[Ruby|PERSON]] a lower mark than a kid who'd basically copied the model text. [[Ruby|PERSON]]'s handwriting is a mess but her writing has got such a voice. The AI couldn't see that at all. And the staff are mixed on it, to be honest. [[Bev|PERSON]], she's been a [[teaching assistant|JOB_TITLE]] in my class for years, thinks it's witchcraft and won't go near it. [[Callum|PERSON]] in Year 6 uses it for everything, he's about [[twenty-five|AGE]], he even used it to write his wedding speech, which, bold. Me, I'm somewhere in the middle. I'm [[38|AGE]], I remember when interactive whiteboards were the big scary thing. This feels similar, just a lot faster.

AI: You mentioned you'd put together some prompts for other staff. Is that something you share?

User: Yeah, I made a little prompt pack, like a [[Google Doc|SOFTWARE]] with the ones that actually work for primary. A few teachers from other schools in the trust have asked for it. If anyone from your end wants it, my school address is [[g dot thornton at kirkstallvalley dot leeds dot sch dot uk|OBF_EMAIL|spelled_at_dot]] — I always write it out like that because the spam is unreal otherwise.

AI: Anything else you'd like to add?

User: Just that the time it saves doesn't really go to me. It goes to the kids, or more often to the next initiative. [[Ofsted|ORGANIZATION]] don't care how the reports got written, they care about the data. Oh, and my partner [[Steph|PERSON]] says I talk to [[ChatGPT|AI_PRODUCT]] more politely than I talk to her. Which is fair. I say please and thank you every time. You never know, do you?""")

# ---------------------------------------------------------------- 3 AU electrician
T.append("""AI: Thanks for jumping on the call. Can you tell me a bit about yourself and your work?

User: No worries. I'm [[Jarrod Fitzgerald|PERSON]], but everyone calls me [[Fitzy|PERSON]]. I'm a [[sparky|JOB_TITLE]] — [[electrician|JOB_TITLE]], sorry — I run a small outfit out of [[Geelong|CITY]], [[Fitzgerald Electrical|ORGANIZATION]]. Me, two apprentices, and my brother-in-law when he's not off surfing. Mostly residential, bit of small commercial, all down through [[Torquay|CITY]] and the [[Bellarine|CITY]]. I'm [[forty-one|AGE]], been on the tools since I was a teenager.

AI: Where does AI fit into a business like that?

User: Quoting, mostly. I used to do quotes at the kitchen table at ten at night after the kids were down. Now I talk into my phone on the drive home, dump it into [[ChatGPT|AI_PRODUCT]], and it turns my rambling into a proper line-item quote, then I paste that into [[Tradify|SOFTWARE]]. My wife [[Kylie|PERSON]] does the books and she reckons the quotes have never looked so professional. Clients think I've hired someone. It's stuffed up, mind. Early on I had a job in [[Belmont|CITY]] — switchboard upgrade for an older couple, the [[Nguyens|PERSON]] — and it just invented a price for the RCDs that was about half what they actually cost. I caught it, but if I hadn't I'd have wore that. So now it's a rule: it does the words, I do the numbers. Never lets it near a price.

AI: What about your apprentices — do they use it?

User: Oh, mate. [[Macca|PERSON]], my second-year, uses it for his assignments at [[Gordon TAFE|SCHOOL]], and I had to sit him down and say, listen, you can use it to explain stuff, but one day you're gonna be up a ladder with live conductors and the chatbot's not gonna be up there with you. He's a good kid. His real name's [[Liam McAllister|PERSON]] but nobody's called him that since day one. The other one, [[Shanaya|PERSON]], first-year, she's actually better with it than me. She made a little prompt that reads a job description and spits out a checklist of what we need to look at against the wiring rules. Not to replace the book, just so nothing gets missed. It's one of those custom [[GPTs|AI_PRODUCT]]. I was impressed. She's [[nineteen|AGE]], she grew up with all this. I showed it to my old boss, [[Col Hennessy|PERSON]], who I did my own apprenticeship under, and he just shook his head and said "in my day we had a pencil." He's still going, [[seventy-three|AGE]] and still does the odd job for mates.

AI: Any concerns about putting customers' information into these tools?

User: A bit, yeah. I don't put addresses in anymore. I used to paste the whole job sheet, like "[[14 Wattle Grove|ADDRESS]], [[Highton|CITY]], ring the lady on arrival, dog's friendly," and then one night I thought, hang on, where's this actually going? So now it's just "house, three bed, old ceramic fuses." Doesn't need to know who. Customers find me by word of mouth, mostly, and the ute — it's got the number down the side. If you need me for the follow-up, it's [[oh four one two, five five five, oh one nine|OBF_PHONE|number_words]], just text first 'cause I'm usually in a roof. And my ABN's on every quote, [[51 824 753 556|NATIONAL_ID]], so people can see we're legit. You'd be amazed how many cowboys are out there.

AI: Looking ahead, how do you feel about where this is all going?

User: I saw [[Elon Musk|PUBLIC_FIGURE]] reckons we'll all be out of a job. Reckon he's never tried to get a cable through a double-brick wall in [[Newtown|CITY]] on a forty-degree day in [[January|GENERIC_TIME]]. (laughs) Nah, look, for the paperwork side it's been a godsend. I get my evenings back. I coach my son's footy team on [[Thursday nights|GENERIC_TIME]] now, which I could never do before. That's the real win for me.""")

# ---------------------------------------------------------------- 4 IE HR business partner
T.append("""AI: Thanks for agreeing to talk with me. Could you tell me about your role?

User: No bother at all. I'm [[Aoife Brennan|PERSON]], I'm an [[HR business partner|JOB_TITLE]] with [[Corrib Therapeutics|ORGANIZATION]] — we've the head office in [[Sandyford|CITY]] and a manufacturing plant down in [[Carlow|CITY]]. I look after about six hundred people across the two. I'm in HR the guts of fifteen years now, came over from [[Ryanair|ORGANIZATION]] in [[2017|DATE]], which is a story for another day. (laughs) Day to day it's mostly [[Copilot|AI_PRODUCT]] inside [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]], because that's what IT approved. We're not allowed [[ChatGPT|AI_PRODUCT]] on the work laptops at all, it's blocked. I use [[Copilot|AI_PRODUCT]] for meeting summaries, drafting policy updates, and — this is the big one — rewording emails from [[line managers|GENERIC_ROLE]] before they go out.

AI: Rewording emails from managers? Can you say more about that?

User: God, yeah. So I'll get a forward from a [[manager|GENERIC_ROLE]], say [[Declan|PERSON]] up in [[Carlow|CITY]], and it'll be this really blunt email about someone's absence, and on top he'll have written "[[Aoife|PERSON]] can you make this sound less like I'm firing him." And I'll paste the body into [[Copilot|AI_PRODUCT]] and ask it to make it supportive but clear. It's very good at that. Better than [[Declan|PERSON]], anyway. (laughs) Though I always take the name out first. I'd put in "employee [[CT-004817|NATIONAL_ID]]" or just "the employee", never the actual person. That's partly me and partly policy. We had a data protection training in [[March|GENERIC_TIME]], our [[DPO|GENERIC_ROLE]] ran it, and the rule is nothing that identifies a person goes into any AI tool, even the approved one. And [[Workday|SOFTWARE]] now has its own AI bits built in, which the vendor keeps pushing, and honestly I'm more nervous of that because it's sitting right on top of all the personnel files.

AI: Have there been situations where you felt it shouldn't be used at all?

User: Disciplinaries. Anything that might end up at the [[Workplace Relations Commission|ORGANIZATION]]. Our external solicitor, [[Fionnuala Ní Bhriain|PERSON]] over in [[Arthur Cox|ORGANIZATION]], said to me straight out, "If I ever find an AI-drafted outcome letter in a bundle, I'm charging you double to fix it." She was half joking. Only half. So for anything formal I write it myself, old school.

AI: How do your colleagues in HR feel about it?

User: The younger ones love it. [[Ciara|PERSON]] on my team, she's a [[people analytics specialist|JOB_TITLE]], she's built all sorts in [[Power BI|SOFTWARE]] with [[Copilot|AI_PRODUCT]] helping write the formulas. Our [[HR director|GENERIC_ROLE]] is more cautious, she wants a proper framework before we go any further. I'm in between. I'm [[forty-four|AGE]], I've seen a lot of shiny systems come and go. This one feels like it'll stick, though. It comes up at home constantly, too. My young lad [[Oisín|PERSON]] is doing the Leaving Cert next [[June|GENERIC_TIME]], and there's a running battle in our house about whether he's allowed use it for his history essays. My husband [[Ger|PERSON]] says no, I say use it to argue with, not to write. We'll see who wins.

AI: If we had a follow-up question, would you be open to that?

User: Yeah, of course. Email's grand, but honestly a text is easier with the way my diary is. I'll type the mobile into the chat so you have it: [[０８７ ５５５ ４２１９|OBF_PHONE|fullwidth_digits]]. My phone does that weird wide font thing when I paste, sorry about that.""")

# ---------------------------------------------------------------- 5 NZ nurse
T.append("""AI: Thank you for joining today. Could you start by telling me about yourself and your job?

User: Kia ora. I'm [[Aroha Tipene|PERSON]], I'm a [[registered nurse|JOB_TITLE]] on a medical ward at [[Christchurch Hospital|ORGANIZATION]]. I've been nursing since [[2011|DATE]], trained at [[Ara|SCHOOL]], and I'm [[39|AGE]] now so I've seen a few system changes come through [[Te Whatu Ora|ORGANIZATION]], and the DHB before that. I live out in [[Rolleston|CITY]] with my partner and our two boys. AI-wise, not much for me directly. The doctors on our ward have been trialling [[Heidi|AI_PRODUCT]] — that's the AI scribe, not a person, everyone gets confused — so when they do a ward round it listens and drafts the clinical note. And I'll be honest, the notes are better. They're readable. Before, you'd get proper doctors' handwriting, you know the kind.

AI: And for your own nursing work?

User: I use [[ChatGPT|AI_PRODUCT]] on my own phone, on break, for study stuff. I'm doing my postgrad certificate through [[Otago|SCHOOL]] part-time and it helps me break down journal articles. I would never put anything about a patient into it. Never. We had a case a while back — not on our ward — where someone had taken a photo of a handover sheet and the patient's NHI, [[PKR4821|NATIONAL_ID]], ended up on a personal device. That was a whole investigation. It frightened everyone. [[Mereana|PERSON]], our [[charge nurse|JOB_TITLE]], put a note up in the staff room: "If it's got a name, an NHI or a bed number, it doesn't leave the building. Ngā mihi, [[M|PERSON]]." (laughs) Everyone knows that note. She's been here longer than the building, I reckon.

AI: Are there parts of nursing you think AI could actually help with?

User: Handover. Honestly, handover is where so much goes wrong. You're at the end of a twelve-hour night shift, you're shattered, and you're trying to remember that Mr [[Faleolo|PERSON]] in bed twelve had his fluids changed at [[four o'clock|GENERIC_TIME]] and that his daughter [[Losa|PERSON]] wants a call before the consultant comes round. If something could pull that together from the actual records, safely, inside the hospital system, that'd be huge. But it has to be inside. Not on some app. As for the scribe, the registrars love it. One of our older consultants, Dr [[Whitcombe|PERSON]], refuses, says he'll "think with his own pen, thank you." And some of the patients are a bit wary, especially older Māori patients who aren't keen on being recorded, and fair enough. There's a lot of history there about information being taken. My nan would have had something to say about it. So the doctors are supposed to ask every time, and mostly they do.

AI: Is there anything you'd change about how it's been rolled out?

User: Ask the nurses! We're the ones with the patients twenty-four seven. The trial started in [[August 2024|DATE]] and nobody asked us a thing until about [[November|GENERIC_TIME]]. Our union, the [[NZNO|ORGANIZATION]], has started asking questions about it now, which is good.

AI: Would you be willing to be contacted again if we have follow-up questions?

User: Yeah, sweet as. Not my work email though, I don't check it on days off. Use my personal one: [[aroha.t[at]xtra[dot]co[dot]nz|OBF_EMAIL|bracket_at_dot]]. I write it like that on everything now since I got hacked on [[Facebook|SOFTWARE]].

AI: Thanks, [[Aroha|PERSON]]. Anything else you'd like to add before we finish?

User: Just — whatever gets built, build it for the people on the floor at three in the morning, not for the people in the meeting room at ten. That's all I'd say. And give the nurses a proper chair. (laughs)""")

# ---------------------------------------------------------------- 6 CA marketing manager
T.append("""AI: Thanks for joining. To start, could you tell me who you are and what your job involves?

User: Sure! I'm [[Danielle Beaulieu-Chen|PERSON]], I'm [[31|AGE]], and I'm the [[marketing manager|JOB_TITLE]] at [[Northbound Goods|ORGANIZATION]] — we're a direct-to-consumer outdoor apparel brand, so rain shells, merino layers, that kind of thing. Our office is in [[Liberty Village|CITY]] in [[Toronto|CITY]], though I'm in maybe two days a week. I started in [[September 2021|DATE]], right after finishing my MBA at [[Rotman|SCHOOL]]. Before that I did my undergrad at [[TMU|SCHOOL]], back when it was still called [[Ryerson|SCHOOL]].

AI: How does AI show up in your marketing work?

User: Oh, everywhere. Too many places, honestly. We started with [[Jasper|AI_PRODUCT]] for product copy in [[2022|DATE]], then dropped it when [[ChatGPT|AI_PRODUCT]] got good enough — and just to be clear, that's [[Jasper|AI_PRODUCT]] the tool, not [[Jasper|PERSON]] on our design team, who we very much did not drop. (laughs) He gets that joke about once a week. Now it's [[ChatGPT|AI_PRODUCT]] for first drafts of emails and product descriptions, [[Midjourney|AI_PRODUCT]] for moodboards, and [[Canva|SOFTWARE]]'s built-in stuff for quick resizes. Our email flows run through [[Klaviyo|SOFTWARE]] and it has its own AI subject-line thing, which is fine, kind of generic.

AI: Could you walk me through a specific campaign where you used it?

User: Yeah, [[Black Friday|GENERIC_TIME]] is the obvious one. Last year our [[VP of Marketing|GENERIC_ROLE]], [[Rob Ferreira|PERSON]], sent me a [[Slack|SOFTWARE]] message at like nine at night that literally said, "can we get [[GPT|AI_PRODUCT]] to do 40 subject lines by EOD tmrw, need options for the [[US|COUNTRY]] list too." So I did, and maybe six were usable. The rest were all "Adventure Awaits!" energy. But six good ones in ten minutes is still a win. Then we tested them and the winning line was one [[Rob|PERSON]] wrote himself on his phone, which he has not let me forget.

AI: Do you work with outside partners — agencies, creators — and does AI change that?

User: We do. Our creative agency is [[Maple & Pine Creative|ORGANIZATION]] over in [[Leslieville|CITY]], and honestly the relationship has shifted. We used to pay them for a lot of copy, and now we mostly pay them for strategy and photography, because the copy we can rough out ourselves. And then creators — we work with a hiking creator out in [[Squamish|CITY]], [[Tanvi Raman|PERSON]], her handle's [[@trailmix.tanvi|SOCIAL_HANDLE]], and she is very anti-AI, which I respect. Her contract actually says we can't use AI to alter her images. I think more creators are going to ask for that.

AI: Are there any rules at [[Northbound|ORGANIZATION]] about what you can put into these tools?

User: We have a one-pager. Our [[head of IT|GENERIC_ROLE]] wrote it after someone — not naming names, okay fine, it was [[Kayleigh|PERSON]] in customer service — pasted a whole spreadsheet of customer complaints with emails and addresses into a free chatbot to summarize them. Nothing bad happened as far as we know, but it spooked everyone. So now: no customer data, no unreleased product names, no financials. I also just think a lot of the AI copy makes every brand sound the same. [[Seth Godin|PUBLIC_FIGURE]] has this line about being remarkable, and nothing a model writes on its first try is remarkable. It's average by design. Which is fine for a returns-policy email. Less fine for a brand story.

AI: Is there anything you'd like to add, or a way to reach you if we have follow-ups?

User: Just that my job has changed more in the last two years than in the five before that. I spend less time writing and more time editing and deciding, and I actually like that better. And sure, I'll copy my email from my signature so I don't typo it: [[danielle.bc@north​boundgoods.ca|OBF_EMAIL|zero_width]]. If it bounces, message me on [[LinkedIn|SOFTWARE]], I'm the only [[Danielle Beaulieu-Chen|PERSON]] on there, I'm pretty sure.""")

# ---------------------------------------------------------------- 7 US senior paralegal
T.append("""AI: Thank you for taking the time. Could you tell me about yourself and your role?

User: Happy to. My name is [[Keisha Whitfield|PERSON]], I'm a [[senior litigation paralegal|JOB_TITLE]] at [[Haldane Morrow LLP|ORGANIZATION]] — we're a mid-size firm in the [[Loop|CITY]] in [[Chicago|CITY]], about ninety attorneys. I've been at the firm since [[1998|DATE]], so I've lived through the move from paper to e-discovery to, now, whatever this is. I'm [[52|AGE]]. I got my paralegal certificate at [[Loyola|SCHOOL]] a long, long time ago.

AI: What AI tools are you using, and for what?

User: The firm licensed [[CoCounsel|AI_PRODUCT]] last year, which sits on top of [[Westlaw|SOFTWARE]], and we're piloting [[Harvey|AI_PRODUCT]] in a couple of practice groups — and yes, everyone makes the TV show joke. For me, the big one is document review. In [[Relativity|SOFTWARE]] we've got their AI features now, so on a big production, instead of my team eyeballing forty thousand emails, the tool does a first pass and flags what's likely responsive or privileged. Then we check its work. I also use [[CoCounsel|AI_PRODUCT]] to draft deposition summaries. It's maybe eighty percent there. The last twenty percent is where the job is.

AI: You said "check its work." How does that checking actually happen?

User: Very carefully, after what happened with one of our [[associates|GENERIC_ROLE]]. So, a little over a year ago, [[Bryce|PERSON]] — he's young, he's smart, he means well — used regular [[ChatGPT|AI_PRODUCT]] on his personal account to help with a brief, and it gave him two cases that don't exist. He didn't catch it. I caught it, because I cite-check everything that goes out with [[Gerald Haldane|PERSON]]'s name on it. I still have the email I sent him. Subject line: "Re: draft MSJ — quick question." And the body was just, "[[Bryce|PERSON]], I can't find the Seventh Circuit case on page six anywhere. Can you send me the cite? — [[KW|PERSON]]." (laughs) He came to my office about four minutes later looking gray.

AI: What happened after that?

User: Mr. [[Haldane|PERSON]] — he's the [[managing partner|GENERIC_ROLE]] — sent a firm-wide memo that weekend. No public AI tools on client matters, period, and anything AI-assisted gets flagged in the file. Everyone had seen the news about that case in [[New York|CITY]] where the lawyers got sanctioned, so nobody argued. And honestly it made my role more important, not less. The [[partners|GENERIC_ROLE]] started routing everything through the paralegal team for cite-checks. [[Bryce|PERSON]] and I are friends now, by the way. He brings me coffee on [[Fridays|GENERIC_TIME]]. Penance coffee.

AI: How do you handle client confidentiality with the approved tools?

User: The approved ones are set up so the data stays in our environment, that's what IT tells us, and I believe them, mostly. But I'm still careful. For example, we represent [[Okonkwo Logistics|ORGANIZATION]] in a contract dispute right now, and there's a lot of sensitive stuff about their drivers — names, license numbers, home addresses. I don't put any of that into prompts. I'll say "Driver A" and "Driver B." Old habits. My daughter [[Imani|PERSON]] is in her second year of law school at [[DePaul|SCHOOL]] and she teases me that I'm anonymizing things the AI already has access to, and she might be right, but I'd rather be the person who was too careful.

AI: Is there anything you'd like to add before we wrap up?

User: Just that people keep asking me if I'm worried about my job. I'm not, really. Somebody has to know where the bodies are buried — figuratively — and that's the paralegals. If you need to reach me, my direct line is [[(312) 555-0187|PHONE_NUMBER]], or email [[kwhitfield@haldanemorrow.com|EMAIL_ADDRESS]]. I check email until about seven, then I'm done. I've earned that.""")

# ---------------------------------------------------------------- 8 UK financial planning analyst
T.append("""AI: Hi, thanks for taking part. Could you tell me a bit about yourself and your job?

User: Yeah, no problem. I'm [[Oluwaseun Adeyemi|PERSON]] — everyone calls me [[Seun|PERSON]] — I'm [[29|AGE]], and I'm a [[financial planning analyst|JOB_TITLE]] at [[Pennine Building Society|ORGANIZATION]]. Head office is in [[Manchester|CITY]], I live in [[Stockport|CITY]], so it's a short train in. I joined in [[April 2022|DATE]] after a grad scheme at an accountancy firm. I did economics at the [[University of Leicester|SCHOOL]] and I'm about two exams away from finishing ACCA, which is its own form of suffering. (laughs)

AI: How are you using AI in your role?

User: Mostly [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] and [[Teams|SOFTWARE]]. We got licences in the spring, a pilot group of about thirty of us across finance. I use it for writing formulas I can't be bothered to remember, like a nested XLOOKUP with three conditions, and for cleaning up data before it goes into [[Power Query|SOFTWARE]]. The actual forecasting lives in [[Anaplan|SOFTWARE]] and there's no AI in there for us yet, which is probably for the best. The bit I was most excited about was variance commentary — the month-end write-up of why we're over or under budget on each line.

AI: How has that gone?

User: Honestly, mixed. My [[manager|GENERIC_ROLE]], [[Helen Marsh|PERSON]], pinged me on [[Teams|SOFTWARE]] in the first week — I remember it word for word — "[[Seun|PERSON]], can [[Copilot|AI_PRODUCT]] do the variance commentary or is that still a you job?" And I said, let me try. It can describe the numbers fine. Like, "marketing spend is forty thousand over budget due to increased campaign activity." But it doesn't know why. It doesn't know that the campaign ran over because [[Gareth|PERSON]] in marketing signed off a radio deal without telling anyone. That's the actual commentary. So now it writes the boring sentence and I write the real one. [[Helen|PERSON]] says that's still a win, and our [[FD|GENERIC_ROLE]] reads the pack and hasn't complained, so.

AI: Have there been any moments where you felt uneasy about it?

User: One, yeah. Early on, I was trying to reconcile a headcount file and I pasted a chunk of a payroll extract into [[Copilot|AI_PRODUCT]] to help me spot duplicates, and I didn't notice until after that one of the columns had National Insurance numbers in it. Like, I could see one right there, [[JT 48 21 93 B|NATIONAL_ID]], sitting in the chat. My stomach dropped. I reported it to our [[data protection team|GENERIC_ROLE]] straight away. They were actually really good about it — the enterprise version doesn't train on our data, it stays in our tenant, all that — but they still logged it and I had to do the training again. Lesson learned. Now I delete columns before I paste anything, every single time.

AI: Do you think it's changing what it means to be an analyst?

User: Yeah, definitely. When I started, half the value of a junior analyst was being fast in [[Excel|SOFTWARE]]. Now everyone's fast in [[Excel|SOFTWARE]], the robot's fast in [[Excel|SOFTWARE]]. So the value is more in knowing the business and asking good questions. My mate [[Kwame|PERSON]] works at [[Deloitte|ORGANIZATION]] in audit and he says it's the same there. Also, the budget stuff — every time [[Rachel Reeves|PUBLIC_FIGURE]] announces something, we have to rerun scenarios, and AI is great for summarising the policy documents quickly, because they're enormous. I'll ask it, what does this mean for mortgage lenders, and it gets me eighty percent of the way.

AI: Thanks, [[Seun|PERSON]]. Is there anything else, and can we contact you for follow-up?

User: Just that the training needs to be better. People got a licence and a forty-minute webinar. That's not enough. And yeah, happy to be contacted. Work number's probably safest, it's on my signature — [[07700 9OO 341|OBF_PHONE|letter_o_for_zero]]. Sorry, I always type the O's instead of zeros there, it's a habit from when I didn't want bots scraping it off my CV. It works the same if you ring it.""")

# ---------------------------------------------------------------- 9 AU cafe owner
T.append("""AI: Thanks for fitting this in. Could you tell me about yourself and your business?

User: Yeah, course. I'm [[Bianca Russo|PERSON]], I'm [[36|AGE]], and I'm a [[café owner|JOB_TITLE]] — I own [[Little Ember|ORGANIZATION]], it's a café on [[212 Brunswick Street|ADDRESS]] in [[Fitzroy|CITY]]. We opened in [[October 2019|DATE]], which, as you can imagine, was brilliant timing, six months before everything shut. (laughs) We survived the lockdowns doing takeaway and bags of beans, and now we're at about fourteen staff, mostly casuals.

AI: Where does AI come into running a café?

User: More than you'd think. The big one is rostering and admin. We use [[Deputy|SOFTWARE]] for the roster — the app, not like a [[deputy manager|GENERIC_ROLE]], people always get confused — and I use [[ChatGPT|AI_PRODUCT]] to help me figure out coverage. Like, I'll tell it, "[[Jonno|PERSON]] can't do [[Saturdays|GENERIC_TIME]], [[Sal|PERSON]] wants fewer closes, uni exams start in two weeks," and it helps me think through the puzzle. I still build it myself in [[Deputy|SOFTWARE]]. And the other thing is Google reviews. I used to get so wound up by bad reviews I'd leave them for days. Now I paste the review into [[Gemini|AI_PRODUCT]], and ask for a calm, friendly reply, and then I make it sound like me.

AI: Can you give me an example of a review response?

User: Oh, there's a famous one in our group chat. A customer, [[Trev M.|PERSON]], left us one star because his oat flat white was "too foamy" and the wait was "European in length." (laughs) Which — fair, we were slammed. My first draft was not printable. [[Gemini|AI_PRODUCT]]'s draft was so polite it was almost passive-aggressive, which honestly was perfect. [[Ngoc|PERSON]], our [[chef|JOB_TITLE]], printed it out and stuck it on the fridge in the kitchen. It's still there.

AI: How do your staff feel about you using AI?

User: Mostly they think it's funny. [[Ngoc Tran|PERSON]]'s been with me since day one and she's the real [[boss|GENERIC_ROLE]], let's be honest. She uses it for menu costing — she's [[fifty-eight|AGE]] and she's better at it than me. The younger ones, the uni kids, use it for everything anyway. [[Sal|PERSON]] used it to write her resume and it said she had "extensive barista leadership experience," which was news to me. But I'm careful about staff stuff. I never put their phone numbers or bank details or anything in. I'll use first names for the roster puzzle and that's it. We're so small — if something leaked, everyone would know it was us.

AI: What about the marketing side — social media and so on?

User: That's the other big one. Our [[Instagram|SOFTWARE]]'s [[@littleember.fitzroy|SOCIAL_HANDLE]] and I use [[ChatGPT|AI_PRODUCT]] for captions when I'm brain-dead after a shift. It's good at making a photo of a banana bread sound exciting. We also did a collab with our roaster, [[Padre Coffee|ORGANIZATION]], and it helped me draft the pitch email to them. I still get nervous writing to bigger businesses, so having a draft to start from helps. And it's kind of nice to have something to bounce off at eleven at night when you're doing the BAS and everyone else is asleep.

AI: Is there anything you'd like to add, and how can we reach you if needed?

User: Just that for small business, it's like having an assistant you can't afford. It's not perfect but it's there at [[midnight|GENERIC_TIME]]. You can call the café on [[(03) 9417 5520|PHONE_NUMBER]] but you'll get whoever's on the machine, so my mobile's better. It's [[0 4 2 1  5 5 5  8 8 3|OBF_PHONE|spaced_digits]] — sorry, that's how my phone reads it out when I dictate. Text first if you can, [[Saturday mornings|GENERIC_TIME]] I won't answer, I'm on the machine myself.""")

# ---------------------------------------------------------------- 10 US county eligibility worker
T.append("""AI: Thanks so much for being here. Can you tell me about yourself and your work?

User: Of course. My name is [[Marisol Vega-Ortiz|PERSON]], I'm [[47|AGE]], and I'm an [[eligibility specialist|JOB_TITLE]] with the [[Sacramento County Department of Human Assistance|ORGANIZATION]]. So I determine eligibility for CalFresh and Medi-Cal, mostly for Spanish-speaking families. I've been with the county since [[2008|DATE]]. I work out of our [[Meadowview|CITY]] office and I live in [[Elk Grove|CITY]] with my husband and our son.

AI: How is AI being used in your work, if it is?

User: It's new. The state has been really cautious. [[Gavin Newsom|PUBLIC_FIGURE]] did that executive order about generative AI, so there's a lot of committees and pilots. In our office, we were allowed to start using [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Word|SOFTWARE]] last fall, only the county version. The case files are all in [[CalSAWS|SOFTWARE]] and nothing AI touches that, not for us. So I use [[Copilot|AI_PRODUCT]] for notices and letters — like, rewriting a letter in plain language, at a sixth-grade reading level, and then I translate it, because honestly the machine Spanish is too formal. My clients are from [[Mexico|COUNTRY]], [[Guatemala|COUNTRY]], [[El Salvador|COUNTRY]], and the AI Spanish sounds like a bank.

AI: Could you give an example of where it helped, or didn't?

User: Sure. I had a client — I'll call her Doña [[Lupe|PERSON]], she's an older lady, very sweet — she got a notice saying her benefits would end and she came in crying, because she thought she'd done something wrong. It was a renewal form. That's it. The notice was four pages of legal language. So I took our template, not her information, just the template, into [[Copilot|AI_PRODUCT]] and asked it to write a one-page plain version. My [[supervisor|GENERIC_ROLE]], [[Denise Holloway|PERSON]], liked it so much she sent it up to the program analysts. That felt good. Where it didn't help — I asked it once to summarize a policy update from the state and it mixed up two different income limits. If I hadn't known, I could have told a family the wrong thing. That scares me.

AI: What rules are in place about client information?

User: Very strict. No names, no case numbers, no Social Security numbers, nothing. We had a training where they showed an example of what not to do — somebody had typed a real case number like [[C-2219-4471|NATIONAL_ID]] into a chatbot at another county, and it was a whole incident. I keep a sticky note on my monitor, it says "¿Tiene nombre? No entra." Does it have a name? It doesn't go in. My [[coworker|GENERIC_ROLE]] [[Pham|PERSON]] made fun of me for it but then he made his own. (laughs)

AI: How do you feel about where this is heading for your job?

User: Honestly, I worry about the families more than my job. If the state uses AI to decide eligibility someday, who do they talk to when it's wrong? Right now they talk to me. I've had the same families for fifteen years, I know their kids. My son [[Diego|PERSON]], he's at [[Sac State|SCHOOL]] studying computer science, and he says the AI will make fewer mistakes than people. Maybe. But people can say sorry and fix it the same day. I told him that at dinner on [[Sunday|GENERIC_TIME]] and he just said, "Mom, that's a feature request."

AI: Thank you. Anything else, and may we contact you again?

User: Yes, that's fine. Not my county email, please, because everything there is public record. Use my personal one — I'll say it how I say it to my clients so it's clear: [[marisol punto vega arroba gmail punto com|OBF_EMAIL|spanish_arroba_punto]]. Thank you for asking people like us. Nobody usually asks the workers.""")

# ---------------------------------------------------------------- 11 IE secondary teacher
T.append("""AI: Thanks for joining me. Could you start by telling me a little about yourself?

User: Grand, yeah. I'm [[Niamh Gallagher|PERSON]], I'm [[thirty-three|AGE]], and I'm a [[secondary school teacher|JOB_TITLE]] — English and History — at [[Coláiste Bhríde|SCHOOL]] in [[Salthill|CITY]], out the road from [[Galway|CITY]] city. I qualified in [[2015|DATE]] from [[NUI Galway|SCHOOL]], which is the [[University of Galway|SCHOOL]] now, they rebranded, and I've been in this school about six years. I'm also [[year head|JOB_TITLE]] for fifth years, God help me. (laughs)

AI: How has AI shown up in your school?

User: Like a bomb, honestly. It was [[ChatGPT|AI_PRODUCT]] that did it, in the autumn of [[2022|DATE]], the first-years knew about it before any of the staff did. And the big worry for us is the Leaving Cert, because now there's these coursework components, the additional assessment components, and the [[State Examinations Commission|ORGANIZATION]] has been going back and forth on how to handle AI in them. So there's a lot of anxiety in the staffroom. For my own work, I use [[ChatGPT|AI_PRODUCT]] and a bit of [[MagicSchool|AI_PRODUCT]] for planning — generating discussion questions on a poem, making a vocab list for a [[Seamus Heaney|PUBLIC_FIGURE]] unit, that sort of thing. It saves me an hour here and there.

AI: Have you had students submit AI-written work?

User: Oh, loads. The funniest one was [[Darragh|PERSON]] in fifth year — lovely lad, allergic to effort — and he handed in an essay on [[W.B. Yeats|PUBLIC_FIGURE]] that used the word "tapestry" three times and "delve" twice. I said, "[[Darragh|PERSON]], when have you ever in your life said the word delve?" And he just went red and said, "It's a good word, Miss." (laughs) But the harder ones are the kids who use it well. [[Saoirse|PERSON]], very bright girl, she uses it like a tutor — asks it to quiz her on the Plantation of Ulster, and she's flying. That's exactly what I'd want. So a blanket ban would hurt the wrong kids.

AI: What does the school's policy say?

User: We're writing one now, actually. Our [[principal|GENERIC_ROLE]], Mr [[Kilbride|PERSON]], set up a working group in [[January|GENERIC_TIME]], and I'm on it with [[Tadhg|PERSON]] from the Maths department and [[Rosaleen|PERSON]], our [[guidance counsellor|JOB_TITLE]]. The [[Department of Education|ORGANIZATION]] guidance is fairly general so we're kind of making it up as we go. And we had a parent email that kicked it off, really. It said — I still have it — "Dear Ms [[Gallagher|PERSON]], [[Fiadh|PERSON]] tells me she is not allowed use AI for homework but her cousin in [[Dublin|CITY]] is encouraged to. Which is it?" And honestly, fair question. We didn't have an answer.

AI: How do you handle student data with these tools?

User: Carefully, or I try. We use [[VSware|SOFTWARE]] for attendance and reports, and there's nothing AI in there that I know of. I'd never put a student's name into [[ChatGPT|AI_PRODUCT]], or anything from their file, especially the kids with additional needs — that's all very sensitive. If I'm writing report comments I'll do generic ones and personalise them myself. My husband works in IT in [[Medtronic|ORGANIZATION]] and he's always on at me about data, so I've absorbed some of it by osmosis. He reads the terms and conditions of everything. It's exhausting. (laughs)

AI: If we have a follow-up question, how's best to reach you?

User: Text is best, school email is a black hole. I'll say it the way I'd say it to a parent on the phone: [[oh-eight-seven, triple five, thirty-one ninety|OBF_PHONE|grouped_number_words]]. And sure, if you're ever in [[Galway|CITY]], come to a staff meeting. You'd get great material. Half of them think AI is the end of civilisation and the other half are using it to write the minutes of the meeting where they say so.""")

# ---------------------------------------------------------------- 12 CA paramedic
T.append("""AI: Thanks for making the time, especially on a day off. Could you introduce yourself?

User: Yeah, no problem. I'm [[Evan MacIsaac|PERSON]], [[27|AGE]], I'm a [[primary care paramedic|JOB_TITLE]] with [[EHS|ORGANIZATION]] here in [[Nova Scotia|CITY]]. I'm based out of [[Dartmouth|CITY]], mostly doing calls around [[Cole Harbour|CITY]] and out the [[Eastern Shore|CITY]]. I graduated from [[Medavie HealthEd|SCHOOL]] in [[2020|DATE]], so I started right in the middle of COVID, which was a heck of a way to start.

AI: How does AI come up in your work as a paramedic?

User: Not on the truck, really, not officially. Our charting is all in [[Siren|SOFTWARE]], that's the ePCR — the patient care report software — and there's no AI in it yet that I know of, though there's rumours. Where I use it is studying. I'm working toward my advanced care paramedic, and I use [[ChatGPT|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]] to quiz myself on pharmacology, like, give me ten scenarios on dosing for an anaphylaxis in a kid. And it's decent, but I've caught it making errors, so I check everything against our actual protocols. The protocols are the law, not the chatbot.

AI: Has AI ever come into a call, even informally?

User: Once, kind of. My partner on the truck, [[Jo-Anne Boudreau|PERSON]] — everyone calls her [[Jojo|PERSON]] — we had a patient, an older gentleman out in [[Cole Harbour|CITY]], who only spoke Arabic, and his family wasn't home. Dispatch couldn't get an interpreter line fast enough. So [[Jojo|PERSON]] pulled out her phone and used [[Google Translate|SOFTWARE]]'s conversation mode. It wasn't perfect but we got his allergies and his meds, enough to treat. After, our [[supervisor|GENERIC_ROLE]] said it was fine in the moment but to document it carefully. I think about that call a lot.

AI: [[Jojo|PERSON]] sounds like a good partner to have.

User: Oh, she's the best. She's been on the road twenty-two years, she's seen everything. She's also the most anti-tech person I know, which is why it was so funny it was her that pulled out the phone. (laughs) The other thing that's big for us is offload delays at the hospitals — we sit in the hallway at the [[QEII|ORGANIZATION]] for hours sometimes — and I've seen people on [[Reddit|SOFTWARE]] saying AI could predict the surges. Maybe. [[Tim Houston|PUBLIC_FIGURE]] keeps announcing fixes, but what we need is beds, not an algorithm. I don't think a model finds you a nurse.

AI: What about privacy? Do you worry about patient information and these tools?

User: Yeah, that's drilled into us. No patient info on personal phones, period. The [[Translate|SOFTWARE]] thing was a grey area and we both wrote it up. When I study with [[ChatGPT|AI_PRODUCT]], I make up fake patients, totally invented. I'll even give them silly names so there's no way it's real. Same with my own stuff — my employee number's on my badge, [[P-30418|NATIONAL_ID]], and I don't put that anywhere either. My girlfriend [[Maddie|PERSON]] is a [[dental hygienist|JOB_TITLE]] and they have the exact same rules at her clinic, so we complain about it together.

AI: Is there anything else you want to add, or a way we can follow up with you?

User: Just that I'd love to see AI take the paperwork off us. A long call can mean forty minutes of charting after, and that's forty minutes we're not available. If it could draft the report from what we say out loud on scene, that'd be a game changer. For follow-up, my cell's [[902-555-0143|PHONE_NUMBER]], text is better than calling. If I don't answer, I'm probably on shift or asleep.""")

# ---------------------------------------------------------------- 13 NZ builder
T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself and your work?

User: Kia ora. [[Hemi Walker|PERSON]], I'm a [[builder|JOB_TITLE]], licensed — LBP number's [[BP 128834|NATIONAL_ID]] if anyone wants to check me out. (laughs) I run [[Walker & Sons Construction|ORGANIZATION]] in [[Tauranga|CITY]]. It's me, my boy [[Nikau|PERSON]], who's doing his apprenticeship with me, and three other fellas. Mostly new builds and renos around [[Papamoa|CITY]] and the [[Mount|CITY]]. I'm [[46|AGE]], been building since I left school.

AI: How does AI fit into running a building business?

User: Paperwork. All the paperwork. Consents with [[Tauranga City Council|ORGANIZATION]] are a nightmare — so much documentation — and I've started using [[ChatGPT|AI_PRODUCT]] to help me write up the methodology statements and the variations for clients. I'll talk through it in the ute and it cleans it up. And [[Nikau|PERSON]] set me up with [[Claude|AI_PRODUCT]] as well, because he reckons it writes better, less American. Then invoicing all goes through [[Xero|SOFTWARE]], and [[Xero|SOFTWARE]]'s got its own AI assistant thing now, [[JAX|AI_PRODUCT]], which I haven't really figured out yet. My accountant [[Sandra|PERSON]] is keen on it.

AI: Can you tell me about a specific job where it helped?

User: Yeah, we did a job for the [[Hendersons|PERSON]] out at [[Papamoa|CITY]] — big extension, and halfway through they wanted to change the whole roofline. That's a variation, so there's a cost and a time impact, and I've got to explain it so they don't feel ripped off. Used to take me a whole evening to write. I gave [[Claude|AI_PRODUCT]] the details — not their names or the address, just "client wants to change roof pitch, here's what that means" — and it wrote a really clear letter. Mrs [[Henderson|PERSON]] actually replied, "Thanks [[Hemi|PERSON]], that's the clearest thing any tradie has ever sent me." I printed that one out. (laughs)

AI: Where has it let you down, if anywhere?

User: Building code stuff. I asked it once about a bracing requirement and it gave me an answer that sounded spot on, with a clause number and everything, and the clause didn't exist. It was making it up. So I don't trust it on anything technical — that's what the [[BRANZ|ORGANIZATION]] guides and the actual code are for. My old boss [[Rangi|PERSON]], who taught me everything, used to say "measure twice, cut once," and I reckon with AI it's "check twice, trust never." And my GST number, [[112-334-558|NATIONAL_ID]], gets on every invoice, but I'd never give the AI the bank stuff. That goes straight through [[Xero|SOFTWARE]].

AI: How do the younger builders on your team use it compared to you?

User: [[Nikau|PERSON]]'s [[twenty|AGE]], he uses it for everything. He's doing his [[BCITO|ORGANIZATION]] bookwork and I've told him it's fine to use it to explain things, but he's got to be able to answer the assessor himself. The other lads, [[Tipene|PERSON]] and [[Big Dave|PERSON]], don't touch it. [[Big Dave|PERSON]] thinks it's spying on him. He might be right! (laughs) He reckons [[Richie McCaw|PUBLIC_FIGURE]] never needed a chatbot to win a World Cup, and I said, mate, he never needed to get a consent through council either.

AI: Thanks, [[Hemi|PERSON]]. Is there anything else, and what's the best way to reach you?

User: Just that it's been good for the small guys. The big firms have office staff. I've got my phone and a chatbot. Best way's my mobile, I'll give it you the way I say it over the phone: [[oh two seven, 5 5 5, forty-four ten|OBF_PHONE|mixed_words_digits]]. Don't ring before seven, I'm on site and won't hear it over the saw.""")

# ---------------------------------------------------------------- 14 UK management consultant
T.append("""AI: Hello, and thanks for taking the time. Could you tell me a bit about yourself and your role?

User: Of course. I'm [[Sophie Achterberg|PERSON]], I'm a [[senior consultant|JOB_TITLE]] at [[Kestrel Partners|ORGANIZATION]]. We're a boutique strategy and operations firm, about sixty people, based in [[Shoreditch|CITY]] in [[London|CITY]]. We mostly compete with the big firms — [[McKinsey|ORGANIZATION]], [[Accenture|ORGANIZATION]] — on the smaller, more hands-on projects. I'm [[32|AGE]], originally from [[Utrecht|CITY]] in the [[Netherlands|COUNTRY]], came over for my master's at [[LSE|SCHOOL]] and never left. I joined [[Kestrel|ORGANIZATION]] in [[2021|DATE]].

AI: How does AI figure into your consulting work?

User: Massively, and in a way that's changed the junior end of the pyramid. We rolled out [[ChatGPT Enterprise|AI_PRODUCT]] last year, and I use it constantly for desk research, synthesising interview notes, first drafts of storylines. Slides are still [[PowerPoint|SOFTWARE]] and [[think-cell|SOFTWARE]] — AI's still pretty bad at slides, whatever the demos say. And I've got really into [[NotebookLM|AI_PRODUCT]] for reading a huge pile of client documents and asking questions across them. It's like having an analyst who read everything overnight and remembers all of it, but occasionally lies to you. (laughs)

AI: Can you walk me through a recent project?

User: Sure, without giving too much away. We're doing an outpatient operations review for [[Barts Health|ORGANIZATION]] at the moment. On the client side our main contact is Dr [[Femi Adebayo|PERSON]], who's their [[clinical director for outpatients|JOB_TITLE]], and he is extremely sharp and extremely allergic to consultant-speak. So in week one I interviewed about twenty clinicians and admin staff, and instead of spending two days writing up themes, I put the anonymised notes into [[ChatGPT Enterprise|AI_PRODUCT]] and had a first cut of themes in an hour. Then I spent the two days checking it, frankly, because it had merged two completely different complaints about the booking system. But the checking is more interesting work than the typing.

AI: How do the [[partners|GENERIC_ROLE]] at your firm see all this?

User: Split. The [[partner|GENERIC_ROLE]] on this project, [[Ollie Fairbrother|PERSON]], is an enthusiast — possibly too much. He sent me an email at eleven on a [[Sunday|GENERIC_TIME]] that just said, "[[Soph|PERSON]] — can we get the AI to build the steerco deck overnight? Would save us [[Monday|GENERIC_TIME]]. [[OF|PERSON]]." And I had to gently explain that the AI would build a deck, yes, but not one we'd want [[Femi|PERSON]] to see. Other [[partners|GENERIC_ROLE]] are more sceptical. There's a real question about what happens to the analyst role. I learned by doing the grunt work. If the grunt work goes, how do the [[juniors|GENERIC_ROLE]] learn? I think about that a lot. I saw [[Satya Nadella|PUBLIC_FIGURE]] say something about everyone becoming a manager of agents, and I thought, okay, but managers need to have done the job first.

AI: What are the rules about client data?

User: Strict, and they should be. The enterprise tools are approved for client work because of the data agreements, but anything with patient-level data never goes near it, that's in the contract with the trust. We anonymise interview notes before anything touches a model. And our [[head of risk|GENERIC_ROLE]], [[Annabel|PERSON]], does spot checks. She once found someone had uploaded a client org chart with everyone's mobile numbers to a free tool, and that person had a very uncomfortable [[Friday|GENERIC_TIME]] afternoon. Not me, for the record. (laughs)

AI: Is there anything else you'd like to add, and is it alright if we follow up?

User: Happy for you to follow up. My work email has one of those odd characters in it because my laptop's set to a Japanese keyboard layout half the time — long story, my boyfriend [[Kenji|PERSON]] is from [[Osaka|CITY]] — so when I paste it, it comes out like this: [[sophie.a＠kestrelpartners.co.uk|OBF_EMAIL|fullwidth_at]]. Just swap in a normal at sign. And honestly, the one thing I'd say is: the tools are great at volume and terrible at judgement, and consulting is supposedly about judgement. So we'll see.""")

# ---------------------------------------------------------------- 15 US postdoc structural biology
T.append("""AI: Thanks for joining today. Could you tell me about yourself and your research?

User: Sure. I'm [[Wen-Li Huang|PERSON]], I'm a [[postdoctoral researcher|JOB_TITLE]] in structural biology at [[Boston University|SCHOOL]]. I'm in [[Rachel Kessler|PERSON]]'s lab — we work on membrane transporters, basically the proteins that pump things in and out of cells. I did my PhD at [[UC San Diego|SCHOOL]], finished in [[2019|DATE]], and came here after that. I'm [[36|AGE]], I grew up in [[Taichung|CITY]] in [[Taiwan|COUNTRY]], and now I live in [[Somerville|CITY]] with two cats and too many plants.

AI: How does AI fit into your research?

User: In structural biology, AI is kind of the whole story of the last five years because of [[AlphaFold|AI_PRODUCT]]. When [[Demis Hassabis|PUBLIC_FIGURE]] and [[John Jumper|PUBLIC_FIGURE]] got the Nobel, people in our field were half celebrating and half having an identity crisis. (laughs) Now, for any new protein, the first thing anyone does is run [[AlphaFold|AI_PRODUCT]] or [[RoseTTAFold|AI_PRODUCT]] and look at the predicted structure. Then we visualise it in [[PyMOL|SOFTWARE]] or [[ChimeraX|SOFTWARE]]. But for transporters, the prediction gives you one state, and the biology is in how it moves between states. So we still need cryo-EM data. The model is a hypothesis, not an answer.

AI: And what about generative tools — chatbots and so on?

User: I use [[ChatGPT|AI_PRODUCT]] for code, mostly. Python scripts for processing our data, because I'm a biologist who learned to code out of desperation. And [[Elicit|AI_PRODUCT]] for literature searches sometimes, then everything goes into [[Zotero|SOFTWARE]]. For writing, [[Rachel|PERSON]] is very strict. Her rule, which she sent to the lab [[Slack|SOFTWARE]] — let me find it — "AI may help you fix your grammar. It may not have your ideas. If I find a hallucinated reference in a draft I will make you present at journal club every week for a semester. —[[RK|PERSON]]" And she means it. (laughs)

AI: Has that ever actually happened?

User: Almost. One of our grad students, [[Amir|PERSON]], had a citation in a draft of his qualifying exam proposal that didn't exist. He swears he got it from a review paper, but it had the hallmarks. [[Rachel|PERSON]] didn't make him present every week, but he did present twice in a row, and he's now the most careful citer in the lab. Our other grad student, [[Bea Lindqvist|PERSON]], is the opposite — she refuses to use chatbots at all, writes everything herself, and she's the best writer of any of us. I think there's a lesson there.

AI: Are there concerns in your field about data or collaboration?

User: Some. We collaborate with a group at [[Genentech|ORGANIZATION]] on one project, and there's a strict agreement about unpublished sequences — nothing goes into any external model. That's a real worry in pharma, that your proprietary sequence ends up somewhere. And funding — everything's [[NIH|ORGANIZATION]]-funded and there's new guidance on using AI in grant writing, like you can't use it for peer review. I think that's right. I'd be upset if a chatbot reviewed my fellowship application. I worked on that thing for eight months.

AI: Is there anything you'd like to add, or a way for us to follow up?

User: Sure — probably the easiest is my ORCID, it has my current contact info: [[orcid.org/0000-0002-7719-4410|URL]]. I'm also on [[Bluesky|SOFTWARE]] as [[@wenli-folds.bsky.social|SOCIAL_HANDLE]], I post mostly about proteins and cats. And what I'd add is that in science, the AI that changed things is not the chatbot. It's the specialised models trained on good data. People outside the field mix those up all the time.""")
# ---------------------------------------------------------------- 16 AU retail store manager
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your job?

User: Yeah, no worries. I'm [[Tenille Baxter|PERSON]], I'm [[44|AGE]], and I'm the [[store manager|JOB_TITLE]] at [[Coastline Homewares|ORGANIZATION]] in [[Chermside|CITY]], up on the north side of [[Brisbane|CITY]]. We're a chain, about forty stores across [[Queensland|CITY]] and [[New South Wales|CITY]]. I've been with them since [[2009|DATE]] — started as a casual on the registers, worked my way up. I've got a team of about twenty-five, mix of full-timers, part-timers and uni students.

AI: How does AI come into your work in retail?

User: It snuck in, really. Head office gave all the store managers [[Copilot|AI_PRODUCT]] last year, and I use it for the emails, mostly. Half my life is writing emails, honestly. So I'll use it for the weekly wrap-up to my [[area manager|GENERIC_ROLE]], [[Bruce|PERSON]], or for customer complaints. Rosters are in [[Kronos|SOFTWARE]], and it's got some forecasting thing that tells you how many staff you need by the hour. It's alright. It didn't know that [[Boxing Day|GENERIC_TIME]] sales start at six in the morning though, so I ignore it at the big times.

AI: Can you give me an example of a customer complaint where you used it?

User: Yeah, we had a lady, I'll just say a regular, who bought a dinner set that arrived with two plates cracked, and she wrote in — her email, [[lyn.cartwright58@bigpond.com|EMAIL_ADDRESS]], it still pops up in my head — and it was three paragraphs, capital letters, the lot. I was so cross at the time, 'cause it wasn't our fault, it was the courier. So I put it into [[Copilot|AI_PRODUCT]] and asked for a reply that was apologetic but didn't admit fault, and offered a replacement. It came out beautiful. She wrote back and said, "Thank you [[Tenille|PERSON]], finally someone with manners." (laughs) I showed [[Shazza|PERSON]] and we laughed for about ten minutes.

AI: Who's [[Shazza|PERSON]]?

User: Sorry — [[Sharon Pike|PERSON]], she's our [[visual merchandiser|JOB_TITLE]], she does all the displays. Been with me forever, she's like my work wife. She's also the one who started using [[Meta AI|AI_PRODUCT]] in our staff [[WhatsApp|SOFTWARE]] group, which I didn't even know was a thing, asking it for display ideas for [[Mother's Day|GENERIC_TIME]]. Half the ideas were rubbish — it wanted us to make a wall out of candles, which, fire hazard — but a couple were good. And the young ones, like [[Kai|PERSON]] on weekends, they use [[ChatGPT|AI_PRODUCT]] for everything, including, I found out, his own performance review self-assessment. I knew because it said he "consistently exceeded expectations in stakeholder engagement." Mate, you restock the candles.

AI: Are there rules about what staff can put into these tools?

User: There's a policy from head office. No customer details, no staff details, no sales figures into anything that isn't [[Copilot|AI_PRODUCT]]. And honestly I wasn't perfect on that at the start. I once asked it to help me with a payroll query and I'd left someone's team member number in — [[TM-77120|NATIONAL_ID]] — which is basically their employee ID. It's only our internal number, but still, I felt sick about it. Now I just say "team member A." It's a bit like when you're talking about someone in front of the kids and you spell it out.

AI: Is there anything else you'd like to add, and how could we get in touch if we need to?

User: Just that the politicians keep talking about AI taking jobs — [[Anthony Albanese|PUBLIC_FIGURE]] was on about it the other week — and in retail, I reckon it takes tasks, not jobs. Nobody's replacing the person who calms down a crying toddler in aisle four. For contact, personal email's better. I'll spell it out, because nobody gets my name right: [[t-e-n-i-l-l-e dot b at outlook dot com|OBF_EMAIL|letter_by_letter]]. Two L's, everyone always forgets the second one.""")

# ---------------------------------------------------------------- 17 US freelance illustrator
T.append("""AI: Thanks for talking with me. Could you start by introducing yourself?

User: Sure. I'm [[Rowan Castellanos|PERSON]], they/them, I'm [[33|AGE]], and I'm a [[freelance illustrator|JOB_TITLE]] and [[graphic designer|JOB_TITLE]] based in [[Portland|CITY]], in the [[Alberta Arts District|CITY]]. I went freelance in [[2020|DATE]] after getting laid off from an agency. I studied illustration at [[PNCA|SCHOOL]]. Most of my clients are small businesses — breweries, coffee roasters, a couple of nonprofits, the occasional book cover.

AI: How do you relate to AI in your creative work?

User: (laughs) Complicated. I'll be honest, when [[Midjourney|AI_PRODUCT]] and [[Stable Diffusion|AI_PRODUCT]] blew up, it felt like a gut punch. My work, and work by people I know, was in those training sets. People were literally typing "in the style of [[Greg Rutkowski|PUBLIC_FIGURE]]" into prompts. So I run my portfolio images through [[Glaze|SOFTWARE]] before I post, and I moved a lot of my posting to [[Cara|SOFTWARE]], which is an artist platform that doesn't allow AI work — and yes, people think [[Cara|SOFTWARE]] is a person when I mention it. But I'm not a purist. I use [[Adobe Firefly|AI_PRODUCT]] inside [[Photoshop|SOFTWARE]] for boring stuff — extending a background, removing a stray power line from a reference photo. That's cleanup, not art, in my head.

AI: How have your clients responded to AI?

User: That's where it gets real. I had a client, a brewery, [[Fern & Fog Brewing|ORGANIZATION]], and their marketing person [[Trish Oyelaran|PERSON]] emailed me last spring — I saved it because it was such a moment — "Hey [[Ro|PERSON]]! Love the can art. Quick q — could you just run the other three flavors through the AI thing so we can save on budget? We're thinking it'd be way faster!!" Two exclamation points. And I had to write back and explain that I don't have an "AI thing," I have hands, and that if they wanted AI art they didn't need me. [[Trish|PERSON]] was actually super nice about it. They kept me for all four cans. But it was a wake-up call about how clients think about it now.

AI: Has it affected your income?

User: Yeah. The small stuff dried up — like, a local salon used to pay me a couple hundred bucks for an [[Instagram|SOFTWARE]] graphic, and now they do it themselves in [[Canva|SOFTWARE]] with the AI features. The bigger, more personal work is still there, maybe more, because some clients actively want a human and will say so. My partner [[Jules|PERSON]] is a [[line cook|JOB_TITLE]] and they joke that at least nobody's automating the grill yet. I also teach a [[Saturday|GENERIC_TIME]] workshop at [[Portland Community College|SCHOOL]] now, which pays the bills in the slow months.

AI: What do you tell the students in that workshop about AI?

User: That they should know how it works so they can decide for themselves. I show them how [[Firefly|AI_PRODUCT]] is trained, how [[Midjourney|AI_PRODUCT]] was trained, and the difference. One student, [[Destiny|PERSON]], asked if it was "cheating" to use AI to brainstorm thumbnails, and I honestly didn't have a good answer. I said, it's your name on it, so you decide what you can stand behind. I think that's what it comes down to for creative people.

AI: Thank you. Is there a way for us to reach you if we have follow-ups?

User: Sure. My portfolio's at [[behance.net/rowancastellanos|URL]], and my [[Instagram|SOFTWARE]] is [[@rowan.draws.things|SOCIAL_HANDLE]]. For email, I'll type it spaced out like I do on my site, because scrapers: [[r o w a n c @ p m . m e|OBF_EMAIL|spaced_letters]]. Just remove the spaces. It's a Proton address, I'm paranoid. (laughs) Occupational hazard.""")

# ---------------------------------------------------------------- 18 CA CPA
T.append("""AI: Thanks for taking the time, I know it's a busy season for you. Could you introduce yourself?

User: Thank you, yes, it's the thick of it. I'm [[Gurpreet Sandhu|PERSON]], I'm a [[chartered professional accountant|JOB_TITLE]], a [[CPA|JOB_TITLE]], and I co-own [[Bowvalley Tax & Advisory|ORGANIZATION]] in [[Calgary|CITY]]. Our office is in the northeast, near [[Saddle Ridge|CITY]]. We do personal and small-business tax, bookkeeping, some advisory. I'm [[fifty|AGE]] this year, been doing this for twenty-five years, the first ten at a bigger firm downtown.

AI: How are you using AI in the practice?

User: Carefully. (laughs) For research, mostly. We subscribe to [[Blue J|AI_PRODUCT]], which is a Canadian tax research tool, and it's very good at pointing you to the right section of the Income Tax Act with an explanation. The actual returns are in [[TaxCycle|SOFTWARE]] and our year-end files are in [[CaseWare|SOFTWARE]], no AI in there for us. I also use [[ChatGPT|AI_PRODUCT]] to draft client letters — explaining to a client why the [[CRA|ORGANIZATION]] has reassessed them, in simple language. Many of our clients speak Punjabi or Hindi at home, and it helps me write a simpler English version, and then our [[office administrator|JOB_TITLE]], [[Barb Kowalski|PERSON]], checks it reads naturally.

AI: Can you describe a time AI helped or hurt in a specific case?

User: One client, I'll just say a trucking company, [[Dhaliwal Transport|ORGANIZATION]] — the owner, Mr [[Dhaliwal|PERSON]], has been with us since we opened — he got a letter about his input tax credits. Very confusing. [[Blue J|AI_PRODUCT]] helped me find the relevant rules quickly. But then I also asked [[ChatGPT|AI_PRODUCT]] the same question out of curiosity, and it told me about a rule that had been changed two years ago. Confidently. If a junior had relied on it, that would have been a problem. So my rule for staff is: [[Blue J|AI_PRODUCT]] for research, [[ChatGPT|AI_PRODUCT]] for wording, never the other way around.

AI: What about client privacy, given how sensitive tax information is?

User: This is the biggest thing for me. A tax return is a person's whole life. I tell my staff, never a name, never a SIN, never an address. One of our juniors, early on, pasted a T4 into a free chatbot to ask what a box meant, and it had the client's SIN right on it, [[872 319 004|NATIONAL_ID]]. We caught it, we reported it to the client, we changed our procedures. My [[business partner|GENERIC_ROLE]], [[Jason Li|PERSON]], wrote the policy that same week. Now all AI use is on an approved account and we do a quick check on [[Fridays|GENERIC_TIME]] during tax season. That junior, by the way, is now our most careful person. Mistakes teach.

AI: How do you see the profession changing?

User: The data entry part is going, for sure. [[QuickBooks Online|SOFTWARE]] already categorises transactions pretty well. What stays is judgement and trust. My daughter [[Simran|PERSON]] is finishing her accounting degree at the [[University of Calgary|SCHOOL]], and I tell her, learn the rules deeply, because the AI will know the words, but the client will trust you. Clients want someone to sit with. Especially the older ones. Last year an uncle — not my uncle, everyone's uncle in the community — came in with a shoebox of receipts and said, "I heard the computer does it now. I want you." (laughs) That's the job.

AI: Thank you. Is there a way we can follow up with you?

User: Of course, but please, not until after the end of [[April|GENERIC_TIME]]. The office line, it's — let me do it the way I leave it on voicemail so people catch it — the area code is [[403, then 555, then 0126|OBF_PHONE|split_with_words]]. Ask for me or for [[Barb|PERSON]], she will find me.""")

# ---------------------------------------------------------------- 19 UK GP practice manager
T.append("""AI: Thank you for joining. Could you tell me about yourself and your role?

User: Of course. I'm [[Rhian Pritchard|PERSON]], I'm the [[practice manager|JOB_TITLE]] at [[Llandaff North Medical Centre|ORGANIZATION]] in [[Cardiff|CITY]]. We've got six GPs, two advanced nurse practitioners, and about twelve thousand patients. I've been here since [[2012|DATE]], and before that I was in the health board's finance team. I'm [[57|AGE]], so I remember faxes. Very fondly, actually. (laughs)

AI: How is AI being used in the practice?

User: It's early days, and in [[Wales|COUNTRY]] everything goes through the health board and the national digital people, so we can't just buy whatever we fancy. We're on [[EMIS|SOFTWARE]] for the records and [[Accurx|SOFTWARE]] for texting patients. The big thing right now is the ambient scribe pilot — we've got two of our GPs trialling [[Tortus|AI_PRODUCT]], which listens to the consultation and drafts the notes. Dr [[Bethan Rees-Jones|PERSON]] was first to volunteer, she's very techy. Dr [[Khan|PERSON]] wouldn't go near it for the first month, and now he says he can't imagine going back. It's given him his lunch break back, he says. Which for a GP is something.

AI: And for your own work as [[practice manager|JOB_TITLE]]?

User: [[Copilot|AI_PRODUCT]] for the admin. Rotas, policies, board reports for [[Cardiff and Vale University Health Board|ORGANIZATION]], minutes from the [[partners|GENERIC_ROLE]]' meeting. And complaints. Complaints are the worst part of my job. We had one last autumn from a Mr [[Evans|PERSON]] — about waiting times on the phone at eight in the morning, which, honestly, fair — and his letter was four pages. I used [[Copilot|AI_PRODUCT]] to pull out the actual issues, there were three, buried under a lot of feeling. Then I wrote the response myself, because a complaint needs a human voice. But it helped me see the wood for the trees.

AI: How do you handle patient data with these tools?

User: Very carefully. Nothing identifiable goes into [[Copilot|AI_PRODUCT]] ever. The scribe is different, it's been through all the governance, the data protection impact assessment, the lot. But I'll give you an example of what makes me nervous. [[Carys|PERSON]], our [[receptionist|JOB_TITLE]], bless her, she came to me with a printout and said, "[[Rhian|PERSON]], I asked the AI to help me word a letter to a patient, is that okay?" and on the printout was the patient's NHS number, [[485 777 3456|NATIONAL_ID]], because she'd copied the whole template. It was her own phone, the free app. Nothing bad happened, but we had a proper team session after that, with the [[Caldicott Guardian|GENERIC_ROLE]] and everything.

AI: You mentioned [[Carys|PERSON]] called you by name there — is the team generally comfortable raising these things?

User: Oh yes, we're small, everyone's on first names. That's the good thing, she came straight to me. I'd rather that than hide it. And [[Eluned Morgan|PUBLIC_FIGURE]] and the government keep talking about digital transformation in the health service here, but on the ground it's about people like [[Carys|PERSON]] knowing what's safe. Training is the thing. We've got a session booked for [[June|GENERIC_TIME]] with someone from the health board's digital team.

AI: Is there anything else you'd like to add, and how can we reach you?

User: Just — don't forget the admin staff. Everyone talks about doctors and AI. The receptionists are the front line. For follow-up, my work email is fine, I'll write it the way we're told to on public forms: [[rhian.pritchard (at) wales (dot) nhs (dot) uk|OBF_EMAIL|paren_at_dot]]. Diolch — thank you for asking.""")

# ---------------------------------------------------------------- 20 IE product manager
T.append("""AI: Thanks for joining today. Could you tell me a bit about yourself and what you do?

User: Yeah, sure. I'm [[Cian O'Mahony|PERSON]], I'm a [[product manager|JOB_TITLE]] at [[Tidewell|ORGANIZATION]], which is a climate-tech startup in [[Cork|CITY]] — we do energy monitoring software for dairy farms and food processors. About forty of us. I joined in [[2023|DATE]], before that I was at a big software company in [[Dublin|CITY]] for five years, and I did computer science in [[UCC|SCHOOL]]. I'm [[thirty|AGE]], live out in [[Ballincollig|CITY]].

AI: How does AI fit into your product work?

User: Ah, everywhere, it's a bit mad. Our tickets are in [[Linear|SOFTWARE]] — we moved off [[Jira|SOFTWARE]] last year, thank God — and the docs are all in [[Notion|SOFTWARE]], so I use [[Notion AI|AI_PRODUCT]] to summarise customer call notes and pull out feature requests. The engineers use [[Cursor|AI_PRODUCT]] for coding, which is the AI editor. And I've started prototyping in [[Lovable|AI_PRODUCT]] — I can describe a screen and get a clickable prototype in about twenty minutes, then hand it to our designer in [[Figma|SOFTWARE]]. That used to take me days of begging.

AI: Could you describe a moment when that prototyping changed something?

User: Yeah, so a customer — a dairy co-op up in [[Mitchelstown|CITY]], our contact there is [[Jim Hegarty|PERSON]] — kept asking for a way to see energy use per milking. I built a rough thing in [[Lovable|AI_PRODUCT]] on a [[Tuesday|GENERIC_TIME]] evening, showed it to [[Jim|PERSON]] on a call the next morning, and he just went, "That's it, that's the yoke I want." (laughs) So then the real build happened in about two weeks. But there's a flip side — the engineering team got a bit nervous. [[Pádraig|PERSON]], one of our senior engineers, we call him [[Podge|PERSON]], posted in [[Slack|SOFTWARE]] the next day, "[[@cian|SOCIAL_HANDLE]] please tell me the prototype is not going to prod 🙃" — and he was right to ask, the code it generates is not something you'd ship.

AI: How did you resolve that tension?

User: We sat down, me, [[Podge|PERSON]] and [[Maeve|PERSON]], our [[CTO|GENERIC_ROLE]], and agreed a rule: prototypes are for conversations, not for production. I throw them away after. [[Maeve|PERSON]] is very practical about it. She said, "[[Cian|PERSON]], use it to find out what to build, and let us decide how to build it." That's been working. And there's a whole separate thing about data — our customers' energy data is commercially sensitive, so nothing real goes into the AI tools, we use dummy data for prototypes. [[Enterprise Ireland|ORGANIZATION]], who are one of our funders, asked us about our AI policy in the last funding round, which surprised me.

AI: How do you think your role is changing?

User: I think product managers are becoming more like builders. I saw [[Patrick Collison|PUBLIC_FIGURE]] talking about how small teams can do more now, and I think that's true. But it also means the PM role is fuzzier. If I can build a prototype, am I a designer? If the engineers can write the specs with AI, what am I for? (laughs) I'm hoping the answer is talking to customers. The AI can't drive to [[Mitchelstown|CITY]] and stand in a milking parlour at six in the morning.

AI: Thank you. Is there a way we can reach you for follow-ups?

User: Yeah, [[LinkedIn|SOFTWARE]]'s easiest, I'm at [[linkedin.com/in/cian-omahony-pm|URL]]. Or email, [[cian@tidewell.ie|EMAIL_ADDRESS]]. Happy to chat any time, except [[Friday afternoons|GENERIC_TIME]], that's when we do demos and it's chaos.""")

# ---------------------------------------------------------------- 21 NZ policy analyst
T.append("""AI: Thanks for joining. Could you tell me a bit about yourself and your work?

User: Mālō e lelei, kia ora. I'm [[Sione Tupou|PERSON]], I'm a [[senior policy analyst|JOB_TITLE]] at the [[Ministry for the Environment|ORGANIZATION]] in [[Wellington|CITY]]. I work on freshwater policy mostly. I'm [[35|AGE]], I grew up in [[Ōtara|CITY]] in [[South Auckland|CITY]], my parents came over from [[Tonga|COUNTRY]] in the eighties, and now I live in [[Porirua|CITY]] with my wife and three kids. I've been in the public service since [[2016|DATE]], after a master's at [[Victoria University of Wellington|SCHOOL]].

AI: How is AI being used in your ministry?

User: Cautiously, as you'd expect. There's all-of-government guidance on generative AI, and our ministry rolled out [[Copilot|AI_PRODUCT]] to a pilot group last year, which I'm in. The rules are pretty clear: nothing classified above in-confidence, nothing from Cabinet papers, no personal information. Within that, it's been useful. I use it to summarise long submissions — on one consultation we had over twelve thousand public submissions, and no human team can read all of those properly in the time we get. It doesn't replace the analysis, but it helps us find the themes faster, and then we go and read the actual submissions in those themes.

AI: Can you tell me about a particular piece of work where that mattered?

User: Yeah, there was a briefing last year that had a very tight turnaround. My [[manager|GENERIC_ROLE]], [[Philippa Grant|PERSON]] — everyone calls her [[Pip|PERSON]] — sent me a [[Teams|SOFTWARE]] message at about eleven: "[[Sione|PERSON]], the [[Minister|GENERIC_ROLE]]'s office wants the A3 by three — can [[Copilot|AI_PRODUCT]] get you a first cut?" And it did get me a first cut, of the structure anyway. But the substance, the "here's the risk you haven't thought of" bit, that had to come from us. [[Pip|PERSON]] rewrote the key messages herself. Ministers don't want a summary, they want advice. And advice is a judgement call that somebody is accountable for. A model can't front up to a select committee.

AI: Are there any concerns about using AI in government specifically?

User: Plenty. The Official Information Act, for one. If I put a prompt into [[Copilot|AI_PRODUCT]] about a policy option, is that prompt official information? Probably, yeah. So now I write every prompt like it might end up in the newspaper. (laughs) And the other concern for me is Māori and Pacific data. Iwi have been really clear about data sovereignty, and freshwater is one of the most sensitive areas there is. My colleague [[Tama Ngata|PERSON]], he's our [[Treaty relationships advisor|JOB_TITLE]], has been pushing hard that nothing from our engagement hui goes into an AI tool without the iwi agreeing. I think he's completely right.

AI: How does it come up outside work, with family or community?

User: At church, funnily enough. My mum [[Mele|PERSON]] asked me if the AI was going to write the minister's sermons now — she meant the church minister, not the government one. (laughs) My kids use it for school, and my eldest, [[Viliami|PERSON]], is [[fourteen|AGE]] and thinks he knows more about it than me. He probably does. I remember when [[Jacinda Ardern|PUBLIC_FIGURE]] talked about wellbeing budgets and everyone thought that was the big change in how government worked. This feels bigger, honestly, but quieter.

AI: Thank you. Is there a way we can contact you for follow-up?

User: Yes, but use my personal email, please, not the work one, because of the OIA thing. My email client does this weird thing where it shows the code instead of the at sign, so when I copy it, it comes out like: [[sione.tupou&#64;gmail.com|OBF_EMAIL|html_entity_at]]. Just read that middle bit as an at. Mālō 'aupito — thank you.""")

# ---------------------------------------------------------------- 22 US master plumber
T.append("""AI: Thanks for doing this. Could you tell me about yourself and your business?

User: Sure thing. [[Frank DiMarco|PERSON]], I'm a [[master plumber|JOB_TITLE]], I'm [[sixty-one|AGE]], and I run [[DiMarco & Son Plumbing|ORGANIZATION]] out of [[Parma|CITY]], just south of [[Cleveland|CITY]]. My dad started it, I took over in [[1994|DATE]], and now my son [[Anthony|PERSON]] runs the field crews. Everybody calls him [[Ant|PERSON]]. We've got nine trucks, mostly residential, some light commercial, all over the west side — [[Lakewood|CITY]], [[Rocky River|CITY]], [[Strongsville|CITY]]. Shop's at [[5520 Ridge Road|ADDRESS]] if you ever need a water heater.

AI: How has AI come into a plumbing business?

User: I'll be straight with you, I didn't want anything to do with it. It was [[Ant|PERSON]] and my wife [[Donna|PERSON]] who dragged me in. [[Donna|PERSON]] runs the office. We use [[ServiceTitan|SOFTWARE]] for scheduling and invoicing, and it's got AI stuff now — it'll listen to the calls coming into the office and suggest how to book them, and it writes follow-up texts. And [[Ant|PERSON]] uses [[ChatGPT|AI_PRODUCT]] on his phone on jobs. Like, he'll be looking at some weird old boiler from nineteen-fifty-something in a basement in [[Lakewood|CITY]], and he'll take a picture and ask it what the heck he's looking at. It's pretty good at that, I gotta admit. Better than the manufacturer's hotline, anyway.

AI: Has it ever given bad advice on a job?

User: Oh yeah. [[Ant|PERSON]] asked it once about venting on a gas water heater and it gave him something that would've been a code violation in [[Ohio|CITY]], maybe fine somewhere else. That's the thing — code is local. The chatbot doesn't know what the inspector in [[Parma|CITY]] is gonna say. I told him, you use it like you'd use a new guy on his first day: listen, then check. We had a guy, [[Ricky Szabo|PERSON]], worked for us twenty years, retired now, and he knew every inspector by name and what each one would flag. No computer's ever gonna have that.

AI: What about the customer side — reviews, communication?

User: That's where [[Donna|PERSON]] loves it. [[Yelp|SOFTWARE]] and Google reviews — she has [[Gemini|AI_PRODUCT]] help with the replies. We had a lady, Mrs [[Szymanski|PERSON]], left us a real angry review because we were two hours late — there was a burst pipe emergency ahead of her, but still. [[Donna|PERSON]] wrote a reply with the AI that was so nice Mrs [[Szymanski|PERSON]] changed it to five stars and now she sends us cookies at [[Christmas|GENERIC_TIME]]. I'm not kidding. And then there's this fella on TV, [[Mike Rowe|PUBLIC_FIGURE]], always talking about how the trades are the future because AI can't do them. He's right about that. Nobody's sending a robot into a crawlspace in [[February|GENERIC_TIME]].

AI: Do you worry about customer information in these systems?

User: [[Donna|PERSON]] does, so I do. (laughs) We don't put customer stuff in [[ChatGPT|AI_PRODUCT]], only in [[ServiceTitan|SOFTWARE]], and we trust them with it because we have to. My license number, [[PL-0447812|NATIONAL_ID]], that's on the trucks anyway, it's public. But credit cards, addresses — [[Donna|PERSON]] won't let anyone paste that anywhere. She's the [[boss|GENERIC_ROLE]], between you and me.

AI: Thank you, [[Frank|PERSON]]. Any last thoughts, and how could we reach you?

User: Just that I'm glad I listened to my family on this one. To be frank — ha — it's saved [[Donna|PERSON]] hours. Call the shop, I'll give it to you the way I say it on the radio ads: [[two-one-six, five-five-five, oh-one-nine-eight|OBF_PHONE|hyphenated_number_words]]. Ask for [[Frank|PERSON]]. Or [[Donna|PERSON]], she's nicer.""")

# ---------------------------------------------------------------- 23 UK (Scotland) head chef
T.append("""AI: Thanks for joining — I know chefs' hours are brutal. Could you introduce yourself?

User: Aye, no bother, it's my day off so you've caught me at a good time. I'm [[Ewan Strachan|PERSON]], I'm the [[head chef|JOB_TITLE]] at [[The Thistle & Fig|ORGANIZATION]] down in [[Leith|CITY]], in [[Edinburgh|CITY]]. Forty covers, modern Scottish, lot of local stuff. I'm [[40|AGE]], been cooking since I was sixteen, took over this kitchen in [[March 2021|DATE]], right as things were reopening after lockdown. Trained at [[Edinburgh College|SCHOOL]], then [[London|CITY]] for a few years, then home.

AI: How does AI come into a professional kitchen?

User: Not at the stove, that's for sure. (laughs) It's all the stuff around the cooking. Menu costing, allergens, ordering, rotas. We use [[Apicbase|SOFTWARE]] for recipes and costing, and [[ResDiary|SOFTWARE]] for bookings, which has some forecasting in it. And I use [[ChatGPT|AI_PRODUCT]] for menu descriptions and for working out ideas — like, I'll say, I've got a load of hogget shoulder coming from the [[Borders|CITY]], give me five directions, and it'll throw out stuff, most of it daft, but one idea will spark something. It's like talking to a commis who's read every cookbook but never tasted anything.

AI: Has it ever gone wrong?

User: Allergens. That's the scary one. We did an allergen matrix for a new menu and I thought I'd save time by getting the AI to draft it from the recipes. It missed that the romesco had almonds. Missed it completely. My [[sous chef|JOB_TITLE]], [[Marta Kowal|PERSON]], caught it when she was checking — she's from [[Kraków|CITY]], she's meticulous, she checks everything twice. If she hadn't, someone could have ended up in hospital. So that's it now, allergens are done by hand, checked by two people, full stop. [[Fiona|PERSON]], the [[owner|GENERIC_ROLE]], made that a written rule after, and she was right to.

AI: How do the rest of your team feel about it?

User: The young ones love it. [[Deano|PERSON]], our [[kitchen porter|JOB_TITLE]], he's [[nineteen|AGE]], wants to be a chef, he asks it for recipes all the time and then comes and asks me if they're right. Usually they're alright. Sometimes they're mental. And [[Marta|PERSON]] uses it to write emails to suppliers in better English, which I think is great, her English is better than mine anyway. Our lamb comes from [[Border Lamb Co.|ORGANIZATION]] and the orders go to [[orders@borderlamb.co.uk|EMAIL_ADDRESS]] every [[Tuesday|GENERIC_TIME]], and she's got [[ChatGPT|AI_PRODUCT]] helping her with the odd awkward complaint email when a delivery's short. Nothing private in those, just kilos and cuts.

AI: Do you think AI will change the restaurant industry much?

User: The back office, aye. The cooking, no. You see the likes of [[Gordon Ramsay|PUBLIC_FIGURE]] on the telly and people think it's all shouting and plating, but it's mostly spreadsheets and staff problems. If AI can sort the spreadsheets, brilliant, I'll cook more. But people come to [[Leith|CITY]] for food made by a person who cares. [[Tom Kitchin|PUBLIC_FIGURE]]'s place is round the corner from us and nobody's going there for the algorithm. The other thing is staffing — hospitality in [[Scotland|COUNTRY]] is on its knees, and no AI is going to wash the pots on a [[Saturday night|GENERIC_TIME]] in [[August|GENERIC_TIME]] during the Fringe.

AI: Thanks, [[Ewan|PERSON]]. How could we get in touch if we have follow-ups?

User: Email's best, I never answer the phone, I'm always elbow-deep in something. I'll say it like I would on the phone to a supplier: [[ewan strachan, all one word, at gmail full stop com|OBF_EMAIL|spoken_full_stop]]. And come in for dinner sometime, tell them [[Ewan|PERSON]] sent you.""")

# ---------------------------------------------------------------- 24 AU operations coordinator FIFO
T.append("""AI: Thanks for jumping on. Could you tell me a bit about yourself and your role?

User: Yeah, for sure. I'm [[Kirra Lawson|PERSON]], I'm [[28|AGE]], and I'm an [[operations coordinator|JOB_TITLE]] with [[Redgum Resources|ORGANIZATION]]. We're a mid-tier iron ore miner. I'm based in [[Perth|CITY]] — I live up in [[Joondalup|CITY]] — but I'm FIFO to our site in the [[Pilbara|CITY]], out past [[Port Hedland|CITY]], on a two-and-one roster. So two weeks on site, one week home. I've been with the company since [[2019|DATE]], straight out of my business degree at [[Curtin|SCHOOL]].

AI: What does your work involve, and where does AI come in?

User: I'm basically the glue. I coordinate shutdowns, contractor schedules, camp bookings, all the logistics of getting people and parts to the right place. The core systems are [[SAP|SOFTWARE]] for maintenance and procurement and [[Power BI|SOFTWARE]] for reporting. The AI bit is [[Copilot|AI_PRODUCT]] — the company approved it last year — and I use it a lot for writing up shift reports and for summarising long email chains. A shutdown generates hundreds of emails. Also, there's predictive maintenance stuff the engineers run on the trucks and conveyors, but that's a different team, it's all sensor data and machine learning, way above my pay grade.

AI: Can you give me an example of a time it made a difference?

User: Yeah, so we had a major shutdown in [[May 2024|DATE]], ten days, about four hundred contractors on site. And the day before, our camp booking got messed up — a whole crew of electricians from [[Karratha|CITY]] had no rooms. My [[shift supervisor|GENERIC_ROLE]], [[Gary Mitchell|PERSON]] — we call him [[Gazza|PERSON]] — rang me at five in the morning yelling, basically. (laughs) I used [[Copilot|AI_PRODUCT]] to go through the last two weeks of emails with the camp provider and find where it went wrong, which took it about a minute instead of me spending an hour. Turns out somebody had cancelled the wrong block. I had the evidence, the camp fixed it by lunch. [[Gazza|PERSON]] sent me a message after, "legend. beers on me next swing. - [[gaz|PERSON]]." Still waiting on those beers.

AI: Are there safety or privacy concerns in your context?

User: Heaps. Safety is everything on a mine site. Incident reports have to be exactly right, and I don't let AI write those — it can fix my grammar after, but the facts are mine. And privacy — we've got medical info, drug and alcohol testing results, all kinds of sensitive things about workers. Nothing like that goes into [[Copilot|AI_PRODUCT]]. Even employee numbers — mine's [[RR10493|NATIONAL_ID]], for example, and I'd never put someone else's into a prompt. There's also cultural heritage stuff — the land we operate on is Traditional Owner country, and there's a lot of sensitive information about sites that should never go anywhere near an AI tool. As a Yamatji woman myself that matters a lot to me.

AI: How do you see the industry changing with AI?

User: The big players are going hard on automation — autonomous haul trucks, remote operations centres in [[Perth|CITY]]. [[Andrew Forrest|PUBLIC_FIGURE]] and the big companies talk about it all the time. For people like me it's more the admin getting easier. My worry is the entry-level jobs. I got my start doing the grunt work, and if that's all automated, how does the next [[Kirra|PERSON]] get in the door? My little sister [[Jess|PERSON]] is in year twelve and wants to do what I do, and I honestly don't know what the job will look like by the time she graduates.

AI: Thank you. How could we reach you for follow-up?

User: Work email's best, I check it on my week off too, unfortunately. I always write it out in capitals like this because the spam filters are weird with our domain: [[KIRRA DOT LAWSON AT REDGUMRESOURCES DOT COM DOT AU|OBF_EMAIL|caps_spelled_at_dot]]. Just not during a swing if you need a quick reply, the reception out there is shocking.""")

# ---------------------------------------------------------------- 25 CA university professor
T.append("""AI: Merci, and thank you for joining. Could you tell me about yourself and your work?

User: Avec plaisir. I'm [[Geneviève Tremblay|PERSON]], I'm an [[associate professor|JOB_TITLE]] of sociology at [[Concordia University|SCHOOL]] in [[Montreal|CITY]]. I teach mostly undergraduate research methods and a graduate seminar on work and technology, which has become very, let's say, relevant. (laughs) I did my PhD at the [[Université de Montréal|SCHOOL]], finished in [[2010|DATE]], and I've been at [[Concordia|SCHOOL]] since. I'm [[45|AGE]], I live in [[Mile End|CITY]] with my partner and our daughter.

AI: How has AI changed your teaching?

User: Completely, in two years. When [[ChatGPT|AI_PRODUCT]] came out I was teaching a methods class of a hundred and twenty students, and suddenly the literature reviews were all beautifully written and completely wrong. Fake citations everywhere. We use [[Moodle|SOFTWARE]] and we have [[Turnitin|SOFTWARE]], and [[Turnitin|SOFTWARE]] has an AI detector, but I don't trust it, and the university doesn't want us to use it as evidence alone. It flagged one of my best students, [[Olivier Bergeron|PERSON]], who writes in a very formal style because he learned English late. He was devastated. So I've moved to more in-class writing, oral presentations, and assignments where students have to critique what the AI says.

AI: Could you give an example of one of those assignments?

User: Yes, my favourite one. Students ask [[ChatGPT|AI_PRODUCT]] or [[Le Chat|AI_PRODUCT]] — the French one, from [[Mistral|AI_PRODUCT]], which confuses people because "le chat" just means "the cat" — to summarise a classic sociological study, and then they go to the original and document everything the AI got wrong or flattened. They are shocked how much it flattens. My [[teaching assistant|JOB_TITLE]], [[Yasmine Haddad|PERSON]], grades those and she says they are the most interesting papers she reads all term. And one student wrote in her reflection that she finally understood what I meant by "sources have authors." That made my semester.

AI: How do you use AI in your own research?

User: Carefully. For transcription of interviews, we use a tool the university approved, with ethics board sign-off, and the recordings stay on our servers. I would never put a participant's interview into a public chatbot. And for writing, I sometimes use it to translate between French and English, because I publish in both, but I always revise. There's also a lot of debate here — [[Yoshua Bengio|PUBLIC_FIGURE]] is in [[Montreal|CITY]], [[Mila|ORGANIZATION]] is here, so AI is very present in the city's identity, and there are strong opinions on all sides. Our [[department chair|GENERIC_ROLE]], [[Paul Nakamura|PERSON]], set up a working group, and we argue about it every [[Wednesday|GENERIC_TIME]] at lunch.

AI: Have students written to you about AI use directly?

User: Oh, many times. One email I remember, from a student — I won't say the name — "Bonjour Professeure [[Tremblay|PERSON]], is it allowed to use AI to correct my French? I am anglophone from [[Ontario|CITY]] and I am scared." And that was such an honest question. Of course, I said, for correcting, yes, tell me you used it. For thinking, no. The language politics in [[Quebec|CITY]] make it more complicated too — some students use AI to write in French because they feel judged for their French, and I understand that.

AI: Thank you. Is there a way for us to follow up?

User: Bien sûr. My university email is public anyway, but I say it in French out of habit: [[genevieve point tremblay arobase concordia point ca|OBF_EMAIL|french_arobase_point]]. Or my office, [[514‑555‑0177|OBF_PHONE|nonbreaking_hyphens]], I'm there [[Tuesday and Thursday afternoons|GENERIC_TIME]]. If you reach the voicemail, it will be [[Yasmine|PERSON]] answering in my place, she is much more organised than me.""")

# ------------------------------------------------------------------------------------
for i, raw in enumerate(T, 1):
    text, spans = build(raw.strip())
    n = len(text.split())
    print(f"t{i}: words={n} spans={len(spans)}", "" if 500 <= n <= 1100 else "<-- WORD COUNT OUT OF RANGE")
    assert 500 <= n <= 1100, (i, n)
    assert 15 <= len(spans) <= 45, (i, len(spans))

write_set(T, "set_ba")
