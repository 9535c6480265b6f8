# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys
from markup import write_set
T = []

# 1 accountant, Leeds
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure, no problem. I'm [[Gareth Pryce|PERSON]], I'm [[52|AGE]], and I'm a [[chartered accountant|JOB_TITLE]]. I'm one of three partners at [[Aire Valley Accountancy|ORGANIZATION]], which is a small practice in [[Headingley|CITY]], just up the road from the centre of [[Leeds|CITY]]. We've got about fourteen staff. Mostly sole traders, a lot of landlords, a handful of limited companies and a couple of local charities. I trained at one of the big firms, [[KPMG|ORGANIZATION]], left there in [[2006|DATE]] and I've been here since [[2009|DATE]], so I'm part of the furniture now.

AI: And how does AI come into your day-to-day work, if at all?

User: More than I expected, honestly. Two years ago I'd have said not at all. Now it's sort of in the background of everything. We're a [[Xero|SOFTWARE]] practice, so the bank reconciliation side already had a lot of automatic matching, which I suppose is a kind of AI, though nobody called it that at the time. The bigger change has been [[Copilot|AI_PRODUCT]], because we're on [[Microsoft 365|SOFTWARE]] and our IT chap, [[Dev|PERSON]], switched it on for everyone [[last spring|GENERIC_TIME]]. I use it mostly in [[Outlook|SOFTWARE]] to summarise long email chains, and in [[Excel|SOFTWARE]] when I'm trying to remember a formula I haven't touched since my training contract.

AI: Can you give me an example of a time it really helped, or a time it didn't?

User: A good one first. In [[January|GENERIC_TIME]], which is our mad month with the self-assessment deadline, I had a [[client|GENERIC_ROLE]], Mrs [[Okafor|PERSON]], who'd sent me basically a shoebox of receipts, all photographed on her phone at funny angles. I ran them through [[Dext|SOFTWARE]], which does the extraction, and then I used [[ChatGPT|AI_PRODUCT]] to help me sort the awkward ones into expense categories. Not with her name on anything, I should say. We strip anything identifying out before it goes near [[ChatGPT|AI_PRODUCT]]. That's a firm rule, and [[Helen|PERSON]], our [[practice manager|JOB_TITLE]], is very strict about it. Saved me probably three hours on that one file. The bad one: I asked it a capital gains question for a landlord and it confidently gave me the old annual exempt amount, the twelve thousand three hundred figure, which has been cut twice since. I caught it because I'd literally just been on a course about it. But a [[junior|GENERIC_ROLE]] who hadn't? They might have sent that out. So I treat it like a keen trainee who's read a lot but never sat an exam.

AI: How do your colleagues feel about it? And has it changed anything about how you bill?

User: It's a real mix, and it doesn't split the way you'd guess by age. [[Priya|PERSON]], one of our trainees, uses it all day for drafting letters, but she's also the one who checks everything twice. [[Maureen|PERSON]], who's been our [[bookkeeper|JOB_TITLE]] for longer than I've been here, won't touch it, but she's also not wrong about most of her objections. Then [[Simon Achterberg|PERSON]], the other partner I work most closely with, is the real sceptic. [[Simon|PERSON]]'s view is that if a [[client|GENERIC_ROLE]] ever found out their figures had been pasted into a chatbot, we'd lose them, and he's probably right about some of the older ones. Whether it changes how we bill is the question we keep circling at partners' meetings, usually on a [[Thursday|GENERIC_TIME]] night with a takeaway. We moved most clients to fixed fees years ago, so in theory if I'm quicker, the margin improves. But clients aren't daft. I've had two or three this year say, can't the AI just do my tax return now? And my answer is, the AI can fill in boxes, but it won't ring you in [[October|GENERIC_TIME]] to ask whether you've sold that flat in [[Harrogate|CITY]] yet. The advice is the bit they pay for. And every time [[Rachel Reeves|PUBLIC_FIGURE]] stands up with a budget, the rules shift again, and no tool I've used keeps up with that in real time.

AI: Are there any worries you have about it, beyond accuracy?

User: Data, mainly. We've got professional obligations, we've got [[HMRC|ORGANIZATION]] to think about, we've got GDPR. I don't fully understand where a prompt goes once I press enter, and I'm not sure the vendors fully explain it either. The other worry is training. I learned this job by doing the boring stuff, ticking and bashing, and if the boring stuff is automated, I'm not sure how the next lot learn to smell when something's off. My son, [[Rhys|PERSON]], is doing his accountancy exams at [[Leeds Beckett|SCHOOL]] at the minute, and I do wonder what the job will look like for him.

AI: That's really helpful. Is there anything else you'd like to add, and would you be happy for us to contact you for a follow-up?

User: Only that I'd like the professional bodies to give clearer guidance instead of webinars that say "be careful" for an hour. And yes, happy to talk again. Email's best: it's [[gareth at airevalleyaccounts dot co dot uk|OBF_EMAIL|spelled_at_dot]]. Or ring the office on [[0113 496 0732|PHONE_NUMBER]] and ask for me, but mornings are better than afternoons.""")

# 2 nurse, Auckland
T.append("""AI: Kia ora, and thanks for joining. Could you start by telling me about your role?

User: Kia ora. So I'm [[Mereana Walker|PERSON]], I'm a [[registered nurse|JOB_TITLE]] on a general medical ward at [[Middlemore Hospital|ORGANIZATION]] in [[South Auckland|CITY]]. I've been nursing for nineteen years, the last eleven at [[Middlemore|ORGANIZATION]]. I'm [[forty-four|AGE]], two kids, live out in [[Papakura|CITY]]. Technically we're all employed by [[Te Whatu Ora|ORGANIZATION]] now, since the reforms, but everyone still just says [[Middlemore|ORGANIZATION]].

AI: Where does AI show up in your work?

User: Officially, not much. Unofficially, more than management would like, I think. On the ward we've got [[Trendcare|SOFTWARE]] for acuity and the e-vitals system, and there's been talk for ages about some predictive tool that flags patients who are going to deteriorate, but it's been "coming next quarter" since about [[2022|DATE]]. The doctors in ED have been trialling one of those AI scribe things, [[Heidi|AI_PRODUCT]], where it listens to the consult and writes the notes. Nurses haven't been offered anything like that, which is a bit typical.

AI: You said unofficially. Can you tell me more about that?

User: Yeah, so, I'll be honest. A lot of our patients are Pasifika or Māori, a lot of older patients with family who speak Samoan or Tongan at home, and the discharge paperwork is written for someone with a university degree. So some of us, myself included, have used [[ChatGPT|AI_PRODUCT]] on our own phones to rewrite the instructions in plain English, like, "explain this to a grandmother who's worried". Never with a name or an NHI number or anything, just the generic bit about, you know, how to take the furosemide and when to come back. Then I'll read it aloud to the whānau. It's honestly better than what we hand out. My [[charge nurse|JOB_TITLE]], [[Losa|PERSON]], knows. She's not thrilled, but she's also the one who showed me how to do it on her phone, so. We had a whole conversation about it and agreed: no identifiers, and you read every word before you use it. Has it got things wrong? Yeah. Once it translated a bit into Samoan and one of the aunties laughed and said it sounded like a church newsletter from the seventies. So it wasn't wrong exactly, but it was off. I don't trust it with anything clinical in another language now. For English it's fine. It did once invent a follow-up clinic that doesn't exist, "your GP will refer you to the heart failure nurse service", which, we don't have that in that form. If I hadn't read it through, a patient might've waited for a phone call that never comes.

AI: How do you feel about AI coming into nursing more formally?

User: Mixed. If it takes documentation off us, I'd kiss it. We spend so much of a shift typing. A twelve-hour night, I reckon four hours of it is charting. But I've seen how these things get rolled out. Someone in [[Wellington|CITY]] buys a system for the whole of [[Aotearoa|COUNTRY]], there's a two-hour training on a [[Tuesday|GENERIC_TIME]] afternoon when half of us are rostered off, and then we're stuck with it. And I worry it'll be used to justify fewer staff. Like, "the algorithm says the ward acuity is fine", when anyone walking through the door can see it isn't. If I could say one thing to the people deciding: ask the nurses before you buy the thing. And don't make us log into yet another system with yet another password. We've already got about nine. Even [[Christopher Luxon|PUBLIC_FIGURE]] talks about productivity in health, but nobody asks what actually takes up our time.

AI: Do you use AI outside of the ward at all, for study or anything else?

User: Yeah, I'm doing my postgrad cert at [[AUT|SCHOOL]], part-time, and I use [[ChatGPT|AI_PRODUCT]] to help me structure essays. Not to write them. The lecturers are pretty clear on that and they run everything through [[Turnitin|SOFTWARE]] anyway. My son [[Nikau|PERSON]] thinks it's hilarious that his mum is on [[ChatGPT|AI_PRODUCT]] more than he is. He's [[fifteen|AGE]] and he uses [[Snapchat|SOFTWARE]]'s one, [[My AI|AI_PRODUCT]], which I'm not keen on.

AI: Thank you. Can we reach you if we have follow-up questions?

User: Yep, best to text me, I never answer unknown numbers on shift. It's [[oh two one, four four seven, nine three six two|OBF_PHONE|spoken_digits]]. Just say it's about the AI study so I don't think you're a scammer.""")

# 3 teacher, Ohio
T.append("""AI: Hi, thanks for joining me. Could you introduce yourself and tell me what you do?

User: Hi! Sure. I'm [[Dana Kowalczyk|PERSON]], I'm an eighth-grade [[science teacher|JOB_TITLE]] at [[Van Buren Middle School|SCHOOL]] in [[Kettering|CITY]], [[Ohio|CITY]], which is right next to [[Dayton|CITY]]. I'm [[38|AGE]]. This is my twelfth year teaching, my seventh at [[Van Buren|SCHOOL]]. Before that I was at a charter school in [[Cincinnati|CITY]] for a few years, which, long story.

AI: How are you using AI in your teaching right now?

User: Oh, constantly, but probably not how people imagine. I don't have kids chatting with a robot in class. It's mostly me, on planning. Our district got us licenses for [[MagicSchool|AI_PRODUCT]] last year, so I use that for differentiating reading passages. Like, I'll have an article about plate tectonics and I need a version for my kids reading at a fourth-grade level and one for my kids who are way ahead. That used to take me a whole [[Sunday|GENERIC_TIME]]. Now it takes twenty minutes and then maybe another twenty fixing it, mostly the science, surprisingly. I also use [[ChatGPT|AI_PRODUCT]] on my own account for lab ideas and rubric wording, and I've played with [[Khanmigo|AI_PRODUCT]] because of all the buzz after [[Sal Khan|PUBLIC_FIGURE]]'s book came out. You'd think it'd be good at that. It wrote me a passage saying the Earth's inner core is liquid, which, no. And it loves a cute analogy that's actually misleading. So I have to read every line. Honestly, the tone is the other thing. It writes like a motivational poster. My kids can smell that from a mile away. They'll go, "Mrs. [[K|PERSON]], did a computer write this?" and they're usually right.

AI: How do your students use AI, as far as you can tell?

User: Oh, they use it. Some of them use it well. I had one boy, I won't say his name, who has dyslexia and uses it to read questions back to him and break them into steps, and it's been genuinely life-changing for his confidence. Then I have others who paste the whole worksheet in and hand me back something that says "As an AI language model". At least that one's easy to catch. We don't have a detection tool for middle school, and honestly, from what I've read, the detection tools are not reliable, so I'd rather not accuse a thirteen-year-old based on a percentage. So I've shifted a lot of the assessment into class. More lab notebooks, more talking. My co-teacher [[Marcus Bell|PERSON]] and I redid the whole unit on energy transfer last [[fall|GENERIC_TIME]] so the final is a build-and-explain project, and the AI can't build a solar oven for you.

AI: What does the school or district say about AI?

User: There's a policy now, finally. It came out in [[August 2024|DATE]], two weeks before school started, which is very on-brand. It basically says teachers can use approved tools, no student data goes into anything that's not approved, and kids under thirteen can't have accounts. Which in eighth grade means half my class can and half can't. Our [[principal|GENERIC_ROLE]] is supportive but I think she's overwhelmed. There's a tech coach for the district, but she covers nine buildings.

AI: How do you feel about AI in education overall?

User: Cautiously positive? I think it's given me back some of my weekend, and my husband [[Tom|PERSON]] is thrilled about that. But I worry about what kids lose if they never struggle through writing a paragraph. I did my master's at [[Wright State|SCHOOL]] in [[2015|DATE]] and we spent a whole semester on productive struggle, and now we have a tool that's basically designed to remove struggle. I don't think that's all bad. But I don't think anyone really knows yet. And teachers need time to learn this stuff, not another PD session in the cafeteria at 3:30 after teaching six periods. Give us a paid day in [[June|GENERIC_TIME]] and we'll figure it out.

AI: Thanks so much, [[Dana|PERSON]]. May we follow up with you later?

User: Sure! Use my personal email, not the school one, because the district filters everything: [[dkowalczyk.teaches@gmail.com|EMAIL_ADDRESS]]. Or my cell, [[(937) 555-0148|PHONE_NUMBER]]. Texts are better during the school day.""")

# 4 developer, Bengaluru
T.append("""AI: Thanks for taking the time. Could you tell me about yourself and your job?

User: Yeah, sure. I'm [[Arjun Raghavan|PERSON]], [[29|AGE]], I'm a [[senior backend engineer|JOB_TITLE]] at [[Kredwise|ORGANIZATION]], it's a lending fintech, around four hundred people. I'm based in the [[Bengaluru|CITY]] office, in [[Koramangala|CITY]]. Before this I was at [[Infosys|ORGANIZATION]] from [[2017|DATE]] to [[2020|DATE]], straight out of [[VIT|SCHOOL]], doing a lot of maintenance work for a [[US|COUNTRY]] bank. Not very glamorous.

AI: How does AI fit into your daily work?

User: Honestly it's everywhere now. I use [[GitHub Copilot|AI_PRODUCT]] inside [[IntelliJ|SOFTWARE]] all day, that's company-provided. On my personal projects I use [[Cursor|AI_PRODUCT]] mostly. For bigger questions, like design discussions or if I'm trying to understand some old code nobody documented, I'll use [[Claude|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]], though officially we're only supposed to use the enterprise one the company approved. Our security team is quite strict because it's lending, there's [[RBI|ORGANIZATION]] compliance and all, so customer data can never go into any of these tools.

AI: Can you walk me through a recent example?

User: So [[last week|GENERIC_TIME]], we had a bug in the repayment reconciliation job. There's a batch that runs every night at two, it matches payments from the partner banks against the loan ledger in [[Postgres|SOFTWARE]]. And one of the partner banks changed their file format without telling anyone. Typical. The job didn't fail, it just silently skipped rows. I pasted the parser code, no data, only the code, into [[Copilot|AI_PRODUCT]] chat and asked why it might skip lines with trailing whitespace. It found it in like thirty seconds. Then it also suggested a "fix" which would have broken three other banks' formats. So it's like that. Fast at finding, not always good at understanding the whole system.

AI: How has it changed the way you or your team work?

User: For me, less time on boilerplate. Writing tests especially. Nobody likes writing tests, and [[Copilot|AI_PRODUCT]] is very good at writing the boring tests. But my [[tech lead|GENERIC_ROLE]], [[Sneha|PERSON]], she made a rule in our team that if you use AI to write the tests, you have to also write at least one test by hand that tries to break the thing. Because otherwise the AI writes tests that just confirm whatever the code already does, including the bugs. Code reviews have changed also. PRs are bigger now. People generate a lot. [[Sneha Iyer|PERSON]] keeps saying "smaller PRs, smaller PRs" in every standup. I think reviewing has become the real job. Writing is cheap, reading is expensive.

AI: Are there any concerns you have, for yourself or your career?

User: Yes, obviously. My younger cousin [[Karthik|PERSON]] is in third year of engineering now, and he's asking me, should I even do software? And I don't know what to tell him. The junior hiring has slowed a lot. At [[Kredwise|ORGANIZATION]] we hired maybe four freshers this year, compared to fifteen, twenty before. People say AI won't replace engineers, an engineer using AI will replace you, the usual [[LinkedIn|SOFTWARE]] line. Maybe. But fewer of us are needed for the same work, that part seems true. Also I sometimes feel I'm getting a bit lazy. Like, I used to know the [[Kafka|SOFTWARE]] consumer config by heart. Now I just ask. When the tool is down I'm slower than I was two years ago. And the public conversation doesn't help, it's very noisy. Every week some founder on [[X|SOFTWARE]] is saying engineers are finished. [[Andrej Karpathy|PUBLIC_FIGURE]] had that "vibe coding" post and suddenly everyone in my college [[WhatsApp|SOFTWARE]] group was building apps over a weekend. Which is fun, but nobody is vibe coding a loan ledger. You still need someone who understands double-entry and interest calculation and what happens when a payment bounces at 11:59 on the last day of the month. [[Sam Altman|PUBLIC_FIGURE]] says one thing, [[Jensen Huang|PUBLIC_FIGURE]] says another, and we're just trying to ship by [[Friday|GENERIC_TIME]].

AI: That's great, thank you. Anything else you'd like to add, and would you be okay with us following up if needed?

User: Maybe just that companies should give people time to learn these tools properly. We got [[Copilot|AI_PRODUCT]] licenses and one email. That was the whole rollout. And sure, follow up. My [[GitHub|SOFTWARE]] is [[arjunr-dev|SOCIAL_HANDLE]] if you want to see the side projects. For email use my personal one, [[arjun.raghavan (at) protonmail (dot) com|OBF_EMAIL|paren_at_dot]]. I write it like that because of spam bots.""")

# 5 marketer, Toronto
T.append("""AI: Hi, thanks for joining. Could you start by telling me a little about yourself?

User: Of course. My name's [[Jasmine Oduya|PERSON]], I'm [[34|AGE]], and I'm a [[content marketing manager|JOB_TITLE]] at [[Northlake Insurance|ORGANIZATION]]. We're a mid-sized broker, mostly home and auto, some small business policies. Our office is in [[Liberty Village|CITY]] in [[Toronto|CITY]], though I'm in two days a week at most. I grew up in [[Brampton|CITY]], did my degree at [[Toronto Metropolitan University|SCHOOL]] back when it was still called [[Ryerson|SCHOOL]], and I've been in marketing ever since.

AI: How does AI play into your work?

User: A lot. Probably more than anyone else in the company, honestly. I'm a team of two, me and our [[designer|JOB_TITLE]], [[Kevin Sandhu|PERSON]], everybody calls him [[Kev|PERSON]]. So we're expected to put out a blog post a week, emails, social, landing pages, the odd video. There's no way we'd manage without help. I use [[ChatGPT|AI_PRODUCT]] for first drafts and outlines, we had [[Jasper|AI_PRODUCT]] for a while but dropped it because it was basically a more expensive wrapper. [[Kev|PERSON]] uses [[Midjourney|AI_PRODUCT]] for mood boards and the AI features in [[Canva|SOFTWARE]] and [[Photoshop|SOFTWARE]]. Our CRM is [[HubSpot|SOFTWARE]], and it has its own AI content thing now, which I mostly ignore.

AI: Could you give a recent example of how that looks in practice?

User: Sure. In [[March|GENERIC_TIME]] we did a campaign about spring flooding, basement water damage, what's covered and what isn't. It's dry as toast as a topic, but it matters. I had [[ChatGPT|AI_PRODUCT]] give me twenty angles and eighteen were garbage, but two were good, and one of them, "your sump pump has a birthday", became the whole campaign. I wrote the actual copy myself, then I asked it to produce five subject line variants for email and we A/B tested them in [[HubSpot|SOFTWARE]]. The winning one was mine, not the AI's, which I'll admit I was smug about. The part I don't use AI for is anything about coverage. Insurance wording is regulated, and [[Farah|PERSON]] from compliance reads every word before it goes out. If the AI tells someone a flood is covered and it isn't, that's a real problem for a real family. As for quality, it's fine. That's the problem. Everything it produces is fine. It's that beige, "in today's fast-paced world" kind of writing. And now everyone's using it, so every insurance blog in [[Canada|COUNTRY]] reads the same. The stuff that performs for us is specific. A story about an actual agent in our [[Mississauga|CITY]] branch helping a client after the ice storm. The AI can't go and interview [[Doug|PERSON]] in the branch for me. I still have to pick up the phone.

AI: Has AI changed how your role is seen within the company?

User: Weirdly, yes. Our [[VP|GENERIC_ROLE]] went to some conference in [[Las Vegas|CITY]] last year and came back convinced we could cut the agency budget entirely because "AI can do it". We used to work with an outside agency, [[Brightwell & Tall|ORGANIZATION]], for the bigger campaigns. We cut them. And then the bigger campaigns became my job, on top of everything else, with no extra headcount. So AI didn't replace a job, it just moved it onto my desk. I've made that point in every one-on-one since.

AI: Are there any ethical concerns you think about?

User: Images, mostly. [[Kev|PERSON]] and I had a whole debate about whether to use AI-generated photos of "families" for a home insurance page. It felt gross to me, fake happy families selling a real product. We ended up hiring a photographer, a friend of [[Kev|PERSON]]'s, and shot real staff and their kids in a park in [[Etobicoke|CITY]]. Cost more. Looked better. I also worry about artists generally. My sister [[Adaeze|PERSON]] is an [[illustrator|JOB_TITLE]] and she's lost maybe a third of her freelance work since [[2023|DATE]].

AI: Is there anything you'd want other marketers to hear from this? And may we follow up with you?

User: That "we have AI now" is not a strategy. Someone still has to know who the customer is and what they're scared of. And that person is usually underpaid. And absolutely, follow up. [[LinkedIn|SOFTWARE]] is easiest, [[linkedin.com/in/jasmine-oduya-writes|URL]], or you can find me on [[Instagram|SOFTWARE]] at [[@jas.writes.things|SOCIAL_HANDLE]], that's more personal but I check the DMs.""")

# 6 lawyer, Sydney
T.append("""AI: Thanks for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Hannah Lim|PERSON]], I'm a [[senior associate|JOB_TITLE]] in the employment and workplace relations team at [[Marsh Whitley Lawyers|ORGANIZATION]]. We're a mid-tier firm, offices in [[Sydney|CITY]] and [[Melbourne|CITY]], and I'm in the [[Sydney|CITY]] office, right in the CBD on [[Macquarie Street|ADDRESS]]. I'm [[41|AGE]]. I did my law degree at [[UNSW|SCHOOL]], admitted in [[2008|DATE]], and I've been at the firm for about nine years now. Most of my work is unfair dismissal, general protections claims, some workplace investigations, a lot of advice to HR teams who've done something and want to know how bad it is.

AI: How is AI being used at your firm, and by you personally?

User: So the firm has been fairly careful, which I think is right. We piloted [[Harvey|AI_PRODUCT]] for about six months with a small group, and now we've got [[Lexis+ AI|AI_PRODUCT]] firm-wide because we were already paying for [[LexisNexis|ORGANIZATION]] anyway. Everyone also has [[Copilot|AI_PRODUCT]] in [[Word|SOFTWARE]] and [[Outlook|SOFTWARE]]. Our documents live in [[iManage|SOFTWARE]], and the big question the IT people keep wrestling with is whether the AI can see into [[iManage|SOFTWARE]] and what it's allowed to see. Personally, I use it for first-pass summaries. If a [[client|GENERIC_ROLE]] sends me four hundred pages of emails and a grievance file on a [[Friday|GENERIC_TIME]] afternoon, having a chronology drafted in twenty minutes is genuinely useful. I then check it against the source, line by line, because the chronology is the foundation of everything else.

AI: Has there been a moment where it went wrong, or where you decided not to use it?

User: A few. The obvious one everybody in the profession knows about is the fake citations. That [[New York|CITY]] case where the lawyers filed cases that didn't exist. And now we've had our own versions here. The [[NSW Supreme Court|ORGANIZATION]] brought in a practice note on generative AI, [[Andrew Bell|PUBLIC_FIGURE]] as Chief Justice was quite outspoken about it, and it's pretty restrictive about using it for affidavits and expert reports. So for anything that goes to a court or the [[Fair Work Commission|ORGANIZATION]], I don't let it near the actual drafting. For my own case, I asked [[Lexis+ AI|AI_PRODUCT]] for authorities on a fairly niche point about redeployment in a redundancy, and it gave me three. Two were real and relevant. One was real but said basically the opposite of what the summary claimed. That's almost worse than made up, because it passes a quick check. The other moment was more human. We had a bullying investigation where a witness, a young woman who'd been through a really rough time, gave a long statement. My [[paralegal|JOB_TITLE]], [[Bec|PERSON]], suggested we run the transcript through the tool to pull out the key allegations. And I just, I didn't want to. It felt like that person deserved to be read by a human first. So we read it. Took longer. I think it was the right call.

AI: How do others at the firm feel about it?

User: Generational, but not in the way people assume. Some of the partners are enthusiastic because they see it as a way to do fixed-fee work more profitably. [[Rob Castellano|PERSON]], who runs our team, is very keen. The grads are more nervous than you'd think, because they can see that the work they'd normally learn on, document review, first drafts of letters of advice, is exactly what the tool does. [[Rob|PERSON]] says it frees them for higher-value work, and I said to him, [[Rob|PERSON]], how do they get good at higher-value work if they've never done the low-value stuff? He didn't have a great answer. Neither do I, to be fair.

AI: Do you have concerns about confidentiality or privilege?

User: Huge ones. We've had long conversations with our [[general counsel|GENERIC_ROLE]] and the insurers about it. Privilege attaches to communications, and if you're putting a [[client|GENERIC_ROLE]]'s privileged material into a third-party system, you need to be really confident about where it goes. The enterprise agreements say the data isn't used for training, and I believe that, broadly, but I also know that in [[2023|DATE]] half the firms in the country had no idea what their junior staff were pasting into free [[ChatGPT|AI_PRODUCT]] on their phones. We had a policy memo from our [[managing partner|GENERIC_ROLE]] in [[May 2023|DATE]] that basically said "don't", and then a longer one a year later that said "do, but only these tools, and only like this."

AI: Thank you, that's really thoughtful. Is there anything else you want to add, and can we contact you again?

User: I think the thing I'd add is that employment law is about people at the worst moment of their working lives. The technology is useful for the paper. It's not useful for the person. And yes, happy to be contacted. My work email is fine, [[hannah.lim@marshwhitley.com.au|EMAIL_ADDRESS]], or my mobile is [[0412 558 903|PHONE_NUMBER]]. I'm in hearings a fair bit, so leave a message.""")

# 7 electrician, Cork
T.append("""AI: Hi, thanks for doing this. Can you tell me a bit about yourself and your work?

User: No bother. I'm [[Declan Murphy|PERSON]], I'm an [[electrician|JOB_TITLE]], self-employed the last twelve years. I trade as [[Murphy Electrical|ORGANIZATION]], based out of [[Ballincollig|CITY]], so just west of [[Cork|CITY]] city. I'm [[47|AGE]]. I did my apprenticeship with the [[ESB|ORGANIZATION]] years ago, then worked for a contractor, then went out on my own in [[2013|DATE]] when things picked up again after the crash. These days it's mostly domestic. Rewires, fuse boards, a lot of EV chargers and solar panels now with the grants, and heat pump wiring.

AI: Where does AI come into that kind of work?

User: Ah, you'd be surprised. I'm not a computer man at all, my wife [[Aoife|PERSON]] will tell you that. But my nephew set me up with [[ChatGPT|AI_PRODUCT]] on the phone last [[Christmas|GENERIC_TIME]] and I use it nearly every day now. Mostly for the paperwork. I hate paperwork. So I'll be sitting in the van after a job and I'll just talk into it. "Quote for a full rewire, three-bed semi, built in the seventies, new consumer unit, twelve circuits, customer wants extra sockets in the kitchen", and it writes me up a proper-looking quote with the scope of works laid out. Then I put the prices in myself, because it hasn't a notion what things cost in [[Cork|CITY]], and I paste it into [[Tradify|SOFTWARE]], that's the job management app I use. Used to take me an hour at the kitchen table at night. Now it's ten minutes in the van.

AI: Do you use it for the technical side of the work at all?

User: Carefully. I'd ask it things, like, what's the regulation on this, or remind me of the cable sizing for a certain run, but I'd never just trust it. It's been wrong on me. It told me once something about bonding that was right for [[England|COUNTRY]] but not for here, the wiring rules are different, we go by the [[NSAI|ORGANIZATION]] rules. If I was a young lad starting out and didn't know better, that could get someone hurt. So I check anything technical in the book. My [[apprentice|JOB_TITLE]], [[Ciarán|PERSON]], he's [[nineteen|AGE]], he'd use it for everything if I let him. I said to him, you use it for your emails all you like, but the rules you learn out of the book and off me. The other thing I do is the grant forms for the [[SEAI|ORGANIZATION]]. Those forms would break your heart. It helps me word things and explain to customers what they're entitled to. Most people haven't a clue and they're afraid of being caught out.

AI: Has it changed your business in any way, like how many jobs you take on?

User: A bit, yeah. I'd say I'm getting quotes out quicker, and that wins jobs. People ring three lads, and the first one who gets back with something proper-looking usually gets it. Before, I'd be a week getting quotes out and I'd lose half of them. [[Aoife|PERSON]] does the books on [[Sage|SOFTWARE]] and she says the turnover was up last year, though that's the grants as well, to be fair. I also put up a few posts on the [[Facebook|SOFTWARE]] page that it helped me write, before-and-after photos of fuse boards, that kind of thing. Got a few jobs out of that. People love a before-and-after of a rotten old fuse board.

AI: Any worries about AI, either for you or for the trade?

User: For the trade? Not really. No robot is going up into an attic in [[Bishopstown|CITY]] in [[January|GENERIC_TIME]] to trace a fault. [[Elon Musk|PUBLIC_FIGURE]] can say what he likes about robots doing everything. My worry is more the customers. They ask the AI first now, and they come to me half-informed. I had a man last month who told me his solar install should cost half what I quoted, because a chatbot told him. A chatbot that's never been on a roof. And the scams, the fake reviews, that kind of thing. There's lads out there with no qualifications making themselves look very professional online, and that worries me for the public.

AI: Thanks, [[Declan|PERSON]]. Anything else to add, and is it alright to get back in touch?

User: Only that it's a great tool for a man who hates writing letters. Yeah, sure, ring me. [[Oh-eight-seven, nine-four-one, double-two, six-five|OBF_PHONE|spoken_double]]. Or find us on the [[Facebook|SOFTWARE]] page, [[@MurphyElectricalCork|SOCIAL_HANDLE]], and send a message there. [[Aoife|PERSON]] answers those, mostly.""")

# 8 warehouse, Southaven/Memphis
T.append("""AI: Thanks for making time. Could you tell me about yourself and your job?

User: Yeah, no problem. My name is [[DeShawn Carter|PERSON]], I'm [[31|AGE]]. I work at [[Ridgeway Logistics|ORGANIZATION]], it's a third-party warehouse in [[Southaven|CITY]], [[Mississippi|CITY]], right across the state line from [[Memphis|CITY]]. We do fulfillment for a bunch of different brands, a lot of health and beauty, some small appliances. I started as a [[picker|JOB_TITLE]] in [[2019|DATE]], then got my certification and now I'm a [[forklift operator|JOB_TITLE]], and I also help train new hires on the scanners. I'm on second shift, three to eleven-thirty.

AI: Where do you see AI in your work?

User: Honestly, it's kind of everywhere but nobody calls it AI. The whole warehouse runs on the WMS, which for us is [[Manhattan|SOFTWARE]]. That's what tells you where to go, what to pick, what order to do things in. It decides the routes. It also sets the rate, like how many units per hour you're supposed to hit. When I was picking, you'd scan in with your badge and it'd just start feeding you tasks. And then at the end of the shift your numbers are on a screen by the breakroom. My badge number's [[40817|NATIONAL_ID]], and I swear I see it in my sleep. Then the forklifts got cameras last year. It's a [[Samsara|SOFTWARE]] system. The camera watches the road and watches you. If you look down at your phone or you take a corner too fast, it beeps and it flags it to the [[supervisor|GENERIC_ROLE]]. I get why they did it, safety matters, we had a guy get his foot run over before I started. But it flags stuff that's not real too. It flagged me for "distracted driving" because I was looking over my shoulder to reverse. Which is what you're supposed to do.

AI: How did that get resolved?

User: I had to go in and sit with Ms. [[Patrice|PERSON]], she's the [[operations manager|JOB_TITLE]], and show her the clip. She was cool about it, she saw it right away. But if she wasn't cool, that's a write-up. Three write-ups and you're done. So it's like, the machine makes the accusation and a human has to decide if it's real. And not every [[manager|GENERIC_ROLE]] is Ms. [[Patrice|PERSON]].

AI: Do you use any AI tools yourself, outside of what the company provides?

User: Yeah, [[ChatGPT|AI_PRODUCT]], on my phone. I'm doing an associate's in supply chain management at [[Southwest Tennessee Community College|SCHOOL]], online, and I use it to explain stuff when I'm stuck. Like I didn't understand economic order quantity until I had it explain it to me like I'm somebody who drives a forklift all day, and then it clicked. I don't have it write my papers. My [[professor|GENERIC_ROLE]] can tell. Plus my girl [[Keisha|PERSON]] reads everything before I turn it in, and she'd tell me if it sounded like a robot. I also used it at work once to write up a process for the new hires, like a one-page thing on how to do cycle counts, because the official training binder is like ninety pages and nobody reads it. My [[supervisor|GENERIC_ROLE]] liked it so much they laminated it.

AI: How do you and your coworkers feel about AI and automation more broadly?

User: People are nervous. Everybody's seen the videos of the [[Amazon|ORGANIZATION]] warehouses with the little robots carrying the shelves around. [[Jeff Bezos|PUBLIC_FIGURE]] isn't out here worrying about my job, you know. Some of the older guys, like [[Big Mike|PERSON]], he's been there eighteen years, he says they've been saying robots are coming for twenty years and he's still here. But he's also not twenty-five. For me, that's why I'm doing the degree. I don't want to be the guy the robot replaces, I want to be the guy who manages the robots. Or at least fixes them.

AI: That's a great point to end on. Anything else you'd like to say, and would it be okay to follow up?

User: Just that people who design these systems should come work a shift. Like a whole peak-season shift, in [[December|GENERIC_TIME]], when it's a hundred and ten degrees up by the mezzanine, wait, that's [[July|GENERIC_TIME]], but you get what I mean. Then set the rate. And yeah, for sure, you can text me at [[901-555-0193|PHONE_NUMBER]].""")

# 9 civil servant, Cardiff
T.append("""AI: Diolch, thanks for joining. Could you tell me a bit about yourself and your role?

User: Of course. I'm [[Rhiannon Evans|PERSON]], I'm a [[civil servant|JOB_TITLE]] with the [[Welsh Government|ORGANIZATION]]. My actual title is [[senior policy officer|JOB_TITLE]] in the housing division, so homelessness prevention, temporary accommodation, that kind of area. I work out of the main office in [[Cathays Park|CITY]] in [[Cardiff|CITY]] two days a week and from home in [[Pontypridd|CITY]] the rest. I turned [[fifty|AGE]] in [[June|GENERIC_TIME]], so I've been doing this a while. I joined in [[2004|DATE]] as an [[admin officer|JOB_TITLE]], straight after a stint at the council.

AI: How is AI being used in your work, if at all?

User: It's early days, and it's very controlled, which I think is how it should be in government. We had a pilot of [[Microsoft Copilot|AI_PRODUCT]] last year. About three hundred of us across the organisation got licences, and I put my hand up. Mostly I use it in [[Teams|SOFTWARE]], to produce notes from meetings, and in [[Word|SOFTWARE]], to get a first go at a briefing. So if the Minister's office wants a two-page brief on, say, the numbers in temporary accommodation in a particular local authority, I'll give [[Copilot|AI_PRODUCT]] the source documents I'm allowed to give it and ask for a structure. Then I rewrite most of it. Briefings have a very particular voice, and it doesn't have it. It's too enthusiastic. Ministers don't want enthusiasm, they want the three things that might go wrong at First Minister's Questions. Then there's the Welsh language side, which is a big thing for us. Everything public-facing has to be bilingual under the standards. We have an excellent in-house translation service, and they're quite rightly protective of their work. I've seen colleagues try to run things through [[Google Translate|SOFTWARE]] or [[DeepL|AI_PRODUCT]] to get a rough idea of a Welsh document, and for understanding that's fine, but for publishing you'd never. [[Sioned|PERSON]] in translation told me that the tools are getting better at Welsh, but they still get the mutations wrong and they sound like they were written by someone from a textbook.

AI: Can you tell me about a time it worked well, or didn't?

User: Worked well: we had a consultation last autumn on changes to the housing allocation guidance. We got something like eleven hundred responses, some of them very long, some of them in Welsh, some of them clearly from people in really awful situations. Traditionally, a team of us would sit and code them all by hand in [[Excel|SOFTWARE]] for weeks. This time we were allowed to test a tool that clustered the responses into themes, and then we checked the themes against a sample. It was honestly pretty good on the big themes. Where it was weaker was the outliers, the one response from a tenant in [[Rhyl|CITY]] who said something nobody else said, but which was really important. The tool sort of averaged her away. My [[team leader|GENERIC_ROLE]], [[Gethin Pugh|PERSON]], and I agreed we'd read every response that the tool flagged as low-confidence, and a random sample of the rest. [[Gethin|PERSON]]'s phrase was "the machine does the sorting, we do the listening". I liked that.

AI: How do colleagues feel about it?

User: Very mixed. Some of the younger ones are frustrated we're not moving faster. They've seen what the [[UK|COUNTRY]] Government departments are doing with the [[Humphrey|AI_PRODUCT]] tools, and after [[Keir Starmer|PUBLIC_FIGURE]] made that big speech about AI in the civil service, there was this feeling of, why aren't we doing that. Then you've got people like me who remember every IT project that was going to transform everything, and didn't. And some people are worried about jobs, frankly. The admin grades especially. If the minutes write themselves, what happens to the people who used to take the minutes? Nobody has given a straight answer to that.

AI: Do you have any concerns about AI in government specifically?

User: Accountability, mostly. If a decision affects somebody's housing, somebody needs to be able to explain why that decision was made. "The model suggested it" isn't an answer you can give to a [[Senedd|ORGANIZATION]] committee or to a family in a B&B with three kids. I'm not against the technology. But the bar for government should be higher than for a company selling shoes. My daughter [[Cerys|PERSON]], who's doing computer science at [[Aberystwyth|SCHOOL]], tells me I'm a dinosaur. She might be right. But dinosaurs lasted a long time.

AI: Thank you, [[Rhiannon|PERSON]]. Is there anything else, and can we follow up with you?

User: No, I think I've said plenty! Yes, you can follow up, but please use my personal email rather than my work one, because I'd rather keep this separate. It's [[rhiannon_e AT hotmail DOT co DOT uk|OBF_EMAIL|caps_at_dot]]. Sorry, I always write it like that, my husband set it up that way years ago to confuse the spammers.""")

# 10 researcher, Cape Town
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your research?

User: Hi! Yes. I'm [[Thandiwe Mokoena|PERSON]], most people call me [[Thandi|PERSON]]. I'm a [[postdoctoral research fellow|JOB_TITLE]] in the Department of Biological Sciences at [[UCT|SCHOOL]], the [[University of Cape Town|SCHOOL]]. I'm [[33|AGE]]. I work on kelp forest ecosystems, specifically how fish communities are changing along the [[Cape Peninsula|CITY]] as the water temperatures shift. I did my PhD at [[Rhodes|SCHOOL]], in [[Makhanda|CITY]], finished in [[2021|DATE]], and came to [[Cape Town|CITY]] for the postdoc. I'm in the lab of Prof [[Gerhard van Wyk|PERSON]].

AI: How do you use AI in your research?

User: In two quite different ways. The first is the actual science. We put down baited underwater cameras, they're called BRUVs, at sites off [[Kommetjie|CITY]] and [[Simon's Town|CITY]], and each deployment gives you an hour of video. We have thousands of hours. Historically a person, usually a poor honours student, would watch every minute and identify and count every fish. Now we've trained a computer vision model to do the first pass. It finds the fish, draws the boxes, suggests a species. Then a human checks. My student [[Lwazi|PERSON]] did most of the labelling work to train it, something like forty thousand annotated frames, and I should say he deserves a lot of credit that papers don't always give. The second way is the day-to-day stuff that everyone does now. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] to help me debug code in [[RStudio|SOFTWARE]], and I've used [[Elicit|AI_PRODUCT]] for literature searches. I'll admit I also use it to make my English sound more academic in grant applications, because reviewers can be snobbish. English is my third language after Sesotho and isiZulu, and I don't think I should be penalised for that.

AI: How well does the fish identification model work?

User: For the common species, really well. Hottentot seabream, for example, it gets right almost all the time. For the rare ones, terribly, which is the irony, because the rare ones are often the ones we care about most. If a species is shifting its range because of warming, it'll show up rarely at first, and the model has hardly seen it, so it either misses it or calls it something common. We caught one case where it had labelled a fish as a common species across about sixty clips, and actually it was a species that's normally found further up the east coast. That's a potentially important finding, and the model was actively hiding it. So we're very careful to say that the model speeds us up, but it doesn't replace expert review. [[Gerhard|PERSON]] is very strict about that too, which I appreciate.

AI: Are there any particular challenges of doing this kind of work in your context?

User: Oh, many. Compute, obviously. We don't have the kind of GPU clusters that a lab at [[Stanford|SCHOOL]] has. We trained the model on a university server and on some cloud credits we got through a grant. And then there's load-shedding, which has improved now, but in [[2023|DATE]] it was brutal. I'd set a training run going overnight and [[Eskom|ORGANIZATION]] would cut the power at 2am and I'd come in to nothing. Funding is another. The [[National Research Foundation|ORGANIZATION]] funds some of this, but everyone is fighting for the same small pot. And then there's the data question. A lot of the big models are trained mostly on data from the global North. The species we work with barely exist in those datasets. So "AI for biodiversity" is often AI for the biodiversity that's already well studied.

AI: How do you feel about generative AI in academia more broadly?

User: Honestly, conflicted. I've reviewed papers that I'm fairly sure were partly written by [[ChatGPT|AI_PRODUCT]], they have that smooth, empty quality. And there's a lot of pressure on early-career people to publish, so I understand why. But it worries me. Science depends on people being careful and honest about what they did. My mother, [[Nomsa|PERSON]], was a [[science teacher|JOB_TITLE]] in [[Soweto|CITY]] for thirty years, and she always said, "show your working". I think about that a lot with these tools. They don't show their working. And I'm not sure people checking the output always show theirs either.

AI: Thank you, that's really valuable. Anything else to add, and may we contact you again?

User: Just that I'd love people building these tools to come and work with researchers in [[Africa|CONTINENT]] from the start, not as an afterthought. And yes, please do. Email is [[thandiwe.mokoena@uct.ac.za|EMAIL_ADDRESS]], I'm on [[X|SOFTWARE]] as [[@kelpforest_thandi|SOCIAL_HANDLE]], and my ORCID, if that's useful, is [[orcid.org/0000-0002-4471-8820|URL]].""")

# 11 illustrator, Manchester
T.append("""AI: Thanks for talking with me. Could you start by introducing yourself?

User: Yeah, hi. I'm [[Becky Hartley|PERSON]], I'm [[36|AGE]], and I'm a [[freelance illustrator|JOB_TITLE]]. I mostly do editorial work, picture books, and a bit of packaging. I share a studio space in [[Ancoats|CITY]] in [[Manchester|CITY]] with three other artists. I studied at [[Manchester School of Art|SCHOOL]], graduated in [[2010|DATE]], and I've been full-time freelance since about [[2014|DATE]]. Before that I worked in a framing shop and drew at night.

AI: How does AI come into your work, if it does?

User: Mostly as a threat, if I'm honest. But that's a bit glib, so let me be fairer. I draw in [[Procreate|SOFTWARE]] on the iPad and then finish in [[Photoshop|SOFTWARE]]. [[Adobe|ORGANIZATION]] has put generative stuff into [[Photoshop|SOFTWARE]], [[Firefly|AI_PRODUCT]], generative fill, all that. I'll admit I've used generative fill to extend a background when a [[client|GENERIC_ROLE]] changed the format from portrait to landscape at the last minute. It's a boring task and it did it well enough. But I've never used [[Midjourney|AI_PRODUCT]] or anything like that to generate actual artwork. It feels, I don't know, like wearing someone else's clothes that they didn't agree to lend you. Everything those models know, they learned from people like me, and nobody asked.

AI: Has it affected your work or income?

User: Yes, definitely, and it's measurable. I keep a spreadsheet of every job, because I'm a nerd about that, and my editorial commissions dropped by about a third between [[2023|DATE]] and [[2024|DATE]]. Magazines that used to commission a spot illustration for a column now just generate something. You can tell, because it's got that glossy, weirdly smooth look, and the hands are still sometimes off. Packaging has held up better, because brands want something distinctive and they want to own it outright, and there are legal questions about owning AI images. I did the labels for [[Pinfold Brewing|ORGANIZATION]] last year and their [[founder|GENERIC_ROLE]], [[Ade|PERSON]], said outright they'd never use AI because their customers would hate it. So some clients see a human hand as a selling point now, which is a strange thing to be marketed as. "Made by a real person". Like organic eggs. Picture books are fine for now. Publishers are nervous about copyright. [[Louise Carrow|PERSON]], who represents me for the book work, says the big houses have basically all got clauses now saying the artist warrants they didn't use generative AI. Which is good, but I've also heard of smaller publishers quietly using it for covers.

AI: Do you use AI for the business side of freelancing?

User: A little. I've used [[ChatGPT|AI_PRODUCT]] to help write invoice chasers, because I'm too polite and it's good at sounding firm. And once for a funding application to [[Arts Council England|ORGANIZATION]], to tighten up the wording. My partner [[Sam|PERSON]] thinks I'm a hypocrite for that. Maybe I am. I think there's a difference between using it to write an email and using it to replace the thing I actually make, but I understand why people see it as the same thing.

AI: How do you and other artists you know feel about it?

User: Angry, mostly. Tired. Some people have quit. A friend from uni retrained as a primary school teacher last year. Others have leaned in and sell themselves as "AI art directors", which, fair play, but it's not for me. A lot of us run our work through [[Glaze|SOFTWARE]] before posting online, which adds a sort of invisible noise that's supposed to confuse the models. No idea if it works. It makes me feel slightly better. Then you get things like that wave of everyone turning their selfies into [[Studio Ghibli|ORGANIZATION]]-style pictures, and there's that old clip of [[Hayao Miyazaki|PUBLIC_FIGURE]] saying AI art is an insult to life itself, and everyone shares it while also generating the pictures. That sums it up really.

AI: Thank you, [[Becky|PERSON]]. Is there anything you'd like to add, and where can we reach you if we have follow-up questions?

User: Just, pay artists. That's it. If you like a style, there's usually a person behind it with a rent bill. You can reach me through my website, [[beckyhartleyillustration.co.uk|URL]], there's a contact form, or on [[Instagram|SOFTWARE]], I'm [[@becky.draws.birds|SOCIAL_HANDLE]]. I mostly draw birds when nobody's paying me.""")

# 12 bike shop owner, Portland
T.append("""AI: Hi, thanks for joining. Can you tell me a bit about yourself and your business?

User: Sure thing. I'm [[Gus Ferreira|PERSON]]. Well, [[Augusto|PERSON]], but nobody's called me that since my mom. I'm [[58|AGE]] and I own a bike shop, [[Spoke & Chain Cycles|ORGANIZATION]], in [[Portland|CITY]], [[Oregon|CITY]]. We're at [[4127 SE Division Street|ADDRESS]], been there since [[2001|DATE]]. Before that I was a [[bike mechanic|JOB_TITLE]] for ten years at other shops, and before that I was a kid in [[Fall River|CITY]], [[Massachusetts|CITY]] who wouldn't stop taking his bike apart. We've got six employees, sales, repairs, some rentals in the summer.

AI: How does AI show up in running the shop?

User: More than I'd have thought a year ago. My son [[Mateo|PERSON]] handles our website and online stuff, and he got me using [[ChatGPT|AI_PRODUCT]] for product descriptions. We sell a lot of used bikes, and each one needs a listing, and I used to write "good bike, new tires" and that was it. Now I put in the specs and it writes a decent paragraph. I fix the parts where it makes stuff up, like it'll say a frame is "lightweight aluminum" when it's a thirty-pound steel cruiser. We sell online through [[Shopify|SOFTWARE]], and the point of sale in the shop is [[Lightspeed|SOFTWARE]], and both of those have little AI features now, forecasting, suggested reorders, that kind of thing. Since we run [[Gmail|SOFTWARE]] and all that through [[Google|ORGANIZATION]], I've also got [[Gemini|AI_PRODUCT]] in there, which I mostly use to answer reviews.

AI: Tell me more about the reviews.

User: So, reviews are life or death for a shop like mine. One bad [[Yelp|SOFTWARE]] review, people read it for years. I used to reply to the bad ones at eleven at night, angry, and I'd regret it. Now I draft it with [[Gemini|AI_PRODUCT]] and it takes the heat out. It's like having a calm friend read it first. My wife [[Linda|PERSON]] used to be the calm friend, honestly, so she's happy to be out of that job. But I won't let it write the thank-you ones to regulars. If [[Walt|PERSON]] from down the street brings his grandkids' bikes in every spring and leaves us five stars, he gets a reply from me, written by me, typos and all.

AI: Has it changed anything with your staff, or how you do repairs?

User: The repairs, not much. Nobody's trueing a wheel with a chatbot. [[Rosie|PERSON]], my [[head mechanic|JOB_TITLE]], has used it once or twice to look up weird old parts, like a [[Shimano|ORGANIZATION]] component from the eighties, and it was wrong about half the time. She says [[YouTube|SOFTWARE]] and the old forums are still better because there's a real person who actually had the thing in their hands. Where it's changed things is the ordering. [[Lightspeed|SOFTWARE]] will flag, hey, you're going to run out of tubes in 700 by 28 in two weeks based on last year. That's useful. But it doesn't know there's a big ride coming up, or that the city just finished a new bike lane out east and suddenly everyone wants a commuter. I know that because I talk to people.

AI: Any concerns about AI, for your business or more generally?

User: The big online sellers. They've got way more of this stuff than I'll ever have, pricing that changes every hour, all that. I can't compete on price, I never could. What I've got is that you can walk in and [[Rosie|PERSON]] will look at your bike and tell you the truth. Also, honestly, I worry about the scam stuff. We got a phone call last [[fall|GENERIC_TIME]] that sounded exactly like our bank, a voice, very calm, asking to verify the business account. [[Linda|PERSON]] hung up and called the branch and of course it wasn't them. That scared me. You see [[Mark Zuckerberg|PUBLIC_FIGURE]] and those guys on stage talking about the future, and meanwhile small businesses are getting robbed by fake voices.

AI: Thanks so much, [[Gus|PERSON]]. Is there anything else you'd like to add, and how can we reach you?

User: Nah, I think that's it. Tell people to buy their bikes local. You can call the shop, the number's [[５０３-５５５-０１７２|OBF_PHONE|fullwidth_digits]], and ask for me. Or just come by, we're open every day except [[Monday|GENERIC_TIME]].""")

# 13 consultant, London
T.append("""AI: Thanks for fitting this in. Could you introduce yourself and what you do?

User: Of course. I'm [[Oliver Hartigan|PERSON]], I'm a [[senior consultant|JOB_TITLE]] in the health and public sector practice at [[Deloitte|ORGANIZATION]], based in [[London|CITY]]. I'm [[thirty|AGE]], so fairly early on still. I did economics at [[LSE|SCHOOL]], worked for a couple of years at a think tank, then did an MBA at [[INSEAD|SCHOOL]], finished in [[2022|DATE]], and came in at this level after that. Most of my work at the moment is with [[NHS|ORGANIZATION]] trusts, operational improvement, elective recovery, that kind of thing. I'm currently on a project with a hospital trust in the [[Midlands|CITY]], so I spend [[Monday|GENERIC_TIME]] to [[Wednesday|GENERIC_TIME]] up there and the rest at home in [[Walthamstow|CITY]].

AI: How do you use AI in that work?

User: Quite a lot, within the rules. The firm has its own internal tool, [[PairD|AI_PRODUCT]], which is essentially a chat interface on top of a large model, but sitting inside our own environment so client material is allowed in it, subject to the engagement terms. We also have [[Copilot|AI_PRODUCT]] across [[Teams|SOFTWARE]] and [[PowerPoint|SOFTWARE]]. Day to day I'd say the biggest uses are summarising interview notes, first drafts of slide storylines, and a lot of [[Excel|SOFTWARE]] help. Consulting is, frankly, a lot of taking messy information and turning it into a clean story, and these tools are good at the first seventy per cent of that. For example, on this trust project we interviewed about forty staff, consultants, ward managers, porters, admin teams. I wrote up notes after each, and then used [[PairD|AI_PRODUCT]] to cluster the themes across all forty. That used to be a weekend job for a junior. It took an afternoon, and then another afternoon of me checking it against the notes, because it did flatten a few things in a way that would have been embarrassing in front of the client.

AI: Can you say more about what it flattened?

User: Yeah, so, it kept merging "staff don't have enough time" and "staff don't feel trusted" into one theme about workload. Which sounds close, but they're completely different problems with different fixes. The porters in particular talked about not being trusted, about every decision going up three levels. If we'd presented that as a workload issue, we'd have recommended more staff when what they actually wanted was authority. [[Fiona MacLeod|PERSON]], the [[partner|GENERIC_ROLE]] on the account, spotted it in review and said, "this reads like a machine wrote it", which stung, but she was right. So now I treat the tool's output as a hypothesis, not a finding.

AI: How is AI changing the consulting profession, from where you sit?

User: There's a lot of anxiety about it internally. The traditional consulting pyramid has lots of junior people doing research and analysis at the bottom, and that's exactly the work that's easiest to automate. The firms are hiring fewer graduates, and nobody says that too loudly. I benefit, in a way, because I can do more with less support. But I learned my craft by building hundreds of slides badly and having them torn apart, and I don't know how the next cohort learns if the first draft is always generated. There's also a pricing question. Clients are starting to say, if you're using AI, why am I paying the same day rate? Our [[engagement director|GENERIC_ROLE]] got that exact question from a [[CFO|GENERIC_ROLE]] last month. The answer, which is true, is that they're paying for judgment, access and accountability, but that's a harder sell than hours. And every time [[Satya Nadella|PUBLIC_FIGURE]] or [[Sam Altman|PUBLIC_FIGURE]] says something about agents doing knowledge work, a client forwards it to us with a question mark.

AI: Any personal concerns or hopes?

User: Personally I like it, I'll be honest. It takes away some drudgery. But I do notice I'm a worse writer than I was two years ago. My girlfriend [[Ana|PERSON]] is a [[journalist|JOB_TITLE]] and she reads my emails and says they've become "very [[LinkedIn|SOFTWARE]]". I've started writing some things from scratch deliberately just to keep the muscle. And I worry a bit about the public sector piece. The [[NHS|ORGANIZATION]] is spending money on consultants to tell them how to use AI to save money, and I'm aware of the irony.

AI: Thank you, [[Oliver|PERSON]]. Anything else, and can we contact you again if needed?

User: No, that's covered it, I think. Happy to be contacted, though please keep it off my work address. Personal email is [[o.hartigan.mail@gmail.com|EMAIL_ADDRESS]], or my mobile is [[+44 7700 900318|PHONE_NUMBER]]. I'm on trains a lot, so a text is best.""")

# 14 pharmacist, Lagos
T.append("""AI: Good afternoon, thank you for joining. Could you tell me about yourself and your work?

User: Good afternoon. My name is [[Chidinma Eze|PERSON]]. I am a [[community pharmacist|JOB_TITLE]], and I own a small pharmacy, [[Greenleaf Pharmacy|ORGANIZATION]], in [[Surulere|CITY]], [[Lagos|CITY]]. I am [[39|AGE]] years old. I studied pharmacy at the [[University of Nigeria, Nsukka|SCHOOL]], and I opened the pharmacy in [[2015|DATE]] after working for some years with one of the big chains on [[Lagos Island|CITY]]. We are four staff including me. My [[pharmacy technician|JOB_TITLE]], [[Tunde|PERSON]], has been with me almost from the beginning.

AI: How do you use AI, if at all, in the pharmacy?

User: In a few ways, some small, some bigger. The simplest is [[ChatGPT|AI_PRODUCT]] on my phone. I use it when I want to explain a medicine to a customer in simple terms, or in Pidgin, or to prepare a short message for our [[WhatsApp|SOFTWARE]] customers, for example a reminder about malaria prevention during rainy season. Many of my customers now order by [[WhatsApp|SOFTWARE]], they send a photo of the prescription and we prepare it. I do not use [[ChatGPT|AI_PRODUCT]] to check drug interactions as my main source, no. For that I use [[Medscape|SOFTWARE]] and the BNF, proper references. But sometimes I use it to remind me of something quickly and then I verify. I have seen it make mistakes with dosages, especially for children, so I am very careful.

AI: You mentioned bigger uses as well. What are those?

User: Yes. Stock is the biggest problem for a small pharmacy in [[Nigeria|COUNTRY]]. Prices change every week since the naira was floated, and we have problems with fake drugs coming into the market. So last year my husband, [[Emeka|PERSON]], who works in IT, helped me set up an inventory system on [[Zoho Inventory|SOFTWARE]], and it has some forecasting that tells me what will run out and when. It was not very good at first because it did not understand that in rainy season we sell far more antimalarials. After one year of our data it is much better. Also, for the fake drugs, [[NAFDAC|ORGANIZATION]] has a system where you scan or send a code to verify, and some of the distributors now use apps that check the packaging with the camera. I would not call all of that AI, but people call it AI, so.

AI: How do your customers react to AI, if they're aware of it?

User: Interesting question. Many of my customers have started to ask [[ChatGPT|AI_PRODUCT]] before they come to me. A young man came in last month with a list from his phone: he wanted a particular antibiotic because the AI said it would cure his symptoms. I asked him some questions, and it was clearly a viral infection, antibiotics would do nothing. We argued small, then he accepted. Self-medication is already a very big problem in [[Lagos|CITY]], and this makes it worse, because now people feel they have a doctor in their pocket. Older customers do not trust it at all. One of my regulars, Alhaja [[Kudirat|PERSON]], she told me she does not want any computer telling her anything about her blood pressure, she wants me.

AI: How do you see the future of pharmacy with AI?

User: I think it can help the business side very much. Forecasting, pricing, reaching customers. Even the regulator, the [[PCN|ORGANIZATION]], is talking about digital pharmacy. But the professional side, counselling a patient, seeing that someone looks unwell when they walk in, noticing that a mother is buying paracetamol for the third time in one week, that needs a human. And electricity and data are still expensive here. Not everyone can run these things all day. I think [[Africa|CONTINENT]] will use AI differently from [[America|COUNTRY]] or [[Europe|CONTINENT]], more on phones, more in local languages. I hope the tools will learn Yoruba and Igbo properly. Even [[Bill Gates|PUBLIC_FIGURE]] has been talking about AI for health in [[Africa|CONTINENT]], so maybe money will come.

AI: Thank you very much. Is there anything else, and may we contact you again?

User: You are welcome. Only that pharmacists should be included when they make policy about AI in health, not only doctors. Yes, you may contact me. My number is [[0803 555 2716|PHONE_NUMBER]], I am also on [[WhatsApp|SOFTWARE]] with that number. My email is [[chidinma_eze{at}yahoo{dot}com|OBF_EMAIL|brace_at_dot]], please replace the brackets.""")

# 15 HR, Manila
T.append("""AI: Hi, thank you for joining today. Could you start by introducing yourself?

User: Hi! Sure. I'm [[Maria Angelica Santos|PERSON]], but everyone calls me [[Gelai|PERSON]]. I'm [[27|AGE]], and I'm an [[HR generalist|JOB_TITLE]] at [[Vantage Point Global Services|ORGANIZATION]], it's a BPO, mostly customer support for [[US|COUNTRY]] telecom and health insurance accounts. Our site is in [[Ortigas|CITY]], in [[Pasig|CITY]], and we have another site in [[Cebu|CITY]]. I graduated psychology from [[UST|SCHOOL]] in [[2019|DATE]], and this is my second company. I handle recruitment support, onboarding, some employee relations, basically whatever my [[boss|GENERIC_ROLE]] assigns, hehe.

AI: How is AI used in your work?

User: Oh, a lot, especially in recruitment, because we hire so many people. Like, in a peak month we onboard two hundred agents just for our site. So the first screening is almost all automated now. Applicants do an online English assessment where they speak into the mic and an AI scores their pronunciation, fluency, grammar. Then the resume screening in our ATS, we use [[Workday|SOFTWARE]], ranks candidates. And then there's a chatbot on [[Facebook|SOFTWARE]] Messenger that answers applicants' questions and schedules their interview. By the time I talk to a candidate, three machines have already looked at them. For my own tasks, I use [[ChatGPT|AI_PRODUCT]] for job descriptions, memos, and sometimes to check my wording when I have to write a notice to explain for an employee. Those are sensitive, so I remove the names. Our [[HR head|GENERIC_ROLE]], Ma'am [[Joy|PERSON]], reviews everything anyway.

AI: You said three machines look at them first. How do you feel about that?

User: Honestly, mixed. It's efficient, we could not hire at this volume without it. But I've seen it get things wrong. The English assessment, for example. We had applicants from [[Davao|CITY]] and some provinces in [[Mindanao|CITY]] scoring lower, and when I listened to the recordings myself, their English was perfectly fine, they just had a different accent, more Bisaya-sounding. Clients want a neutral accent, but who decides what's neutral? An AI trained mostly on American voices? I raised it with Ma'am [[Joy|PERSON]] and she agreed to let us do manual review for borderline scores. Since then we've hired several from that group and one of them, [[Rodel|PERSON]], is already a [[team leader|GENERIC_ROLE]] after eight months. The machine would have rejected him.

AI: Has AI changed the work of the agents you hire?

User: Yes, a lot. Agents now have an AI assistant on their screen during calls that suggests answers and summarizes the call afterwards. Management says it reduces handle time. The agents have mixed feelings. Some like it, it helps new hires especially. But it also monitors sentiment and flags if the agent sounds "negative", and that goes to their scorecard. One agent came to me crying because she was flagged for tone on a call where the customer was shouting at her for twenty minutes. It is hard for HR, because we are supposed to be the ones who protect the employees, but the system is already the one deciding. There is also a lot of worry that AI will replace the agents totally. In the [[Philippines|COUNTRY]], BPO is a huge part of the economy, millions of jobs. When people see news about [[OpenAI|ORGANIZATION]] and the voice bots, they get scared. My cousin in [[Bacolod|CITY]] lost her job last year when their account moved to a chatbot.

AI: What would you want people who design or buy these tools to understand?

User: That the data about the employees is still about real people. Everything is tracked, even our own logins. Like, the system knows me as employee number [[VPG-0031876|NATIONAL_ID]] more than as [[Gelai|PERSON]], hehe. I think the tools can be good, but there must be a human who can say, wait, this is not fair. And they should test with Filipino accents, all of them, not only [[Manila|CITY]] accent. Also, please don't make HR the last to know. We found out about the sentiment scoring at the same time as the agents.

AI: Thank you, [[Gelai|PERSON]]. Is there anything else you'd like to add, and may we contact you again?

User: No, I think that's all, thank you for asking about the HR side, usually nobody asks. You can email me at [[gelai.santos@\u200bgmail.com|OBF_EMAIL|zero_width]], or message me on [[Viber|SOFTWARE]] at [[0917 555 8426|PHONE_NUMBER]]. Just tell me it's about the research po.""")

# 16 journalist, Halifax
T.append("""AI: Thanks for joining. Could you tell me about yourself and your work?

User: Sure. I'm [[Colin MacIsaac|PERSON]], I'm a [[reporter|JOB_TITLE]] with [[The Chronicle Herald|ORGANIZATION]] in [[Halifax|CITY]]. I'm [[54|AGE]], I've been in newspapers for almost thirty years, started at a weekly in [[Antigonish|CITY]] right after journalism school at [[King's|SCHOOL]]. These days I mostly cover provincial politics, so a lot of time at Province House, a lot of time chasing documents from the government.

AI: How does AI fit into your reporting?

User: I'd break it into three buckets. The first is transcription, which honestly changed my life. I've used [[Otter|AI_PRODUCT]] for years now. I used to spend hours typing up interviews with my headphones on, rewinding the tape, and now I record on my phone and I've got a searchable transcript by the time I'm back at my desk. I still go back to the audio for anything I quote, because it'll mishear names, especially Gaelic and Mi'kmaw names, and it's terrible with [[Cape Breton|CITY]] accents. It turned the premier's name into "[[Tim Hutton|PUBLIC_FIGURE]]" once. The second bucket is documents. When we get an access-to-information release, it can be a thousand pages of scanned PDFs with half of it redacted. I've started using [[Google Pinpoint|AI_PRODUCT]], it's a free tool for journalists, to search and pull out names and dates across everything. That's been really useful. The third bucket is the stuff I'm more careful with, like [[ChatGPT|AI_PRODUCT]]. I'll use it to brainstorm questions before an interview, or to explain a technical thing, like how a particular energy rate application works, so I can ask smarter questions. I never use it to write copy. Our newsroom policy says no generated text in published stories, and I agree with that.

AI: Has anything gone wrong with these tools in your work?

User: A near-miss. Last year I was working on a story about procurement at a health authority, and I asked [[ChatGPT|AI_PRODUCT]] to summarize a long policy document I'd pasted in. It was public, so no issue there. The summary said the policy required three bids for contracts over a certain amount. And I nearly wrote that. But something felt off, so I went back to the original, and the threshold was different and there was an exemption for emergencies. If I'd printed the summary, I'd have accused people of breaking a rule that didn't apply to them. That's a correction at best, a lawsuit at worst. [[Marla Janssen|PERSON]], who runs our desk, made me tell the story at a staff meeting as a warning to everyone.

AI: How is AI affecting the news industry, from where you sit?

User: Oh, it's scary. We've lost so much already, ad revenue went to [[Google|ORGANIZATION]] and [[Facebook|SOFTWARE]], then [[Meta|ORGANIZATION]] blocked news in [[Canada|COUNTRY]], and now people ask a chatbot what's happening instead of reading us. And the chatbot got its information from reporters like me, who are paid by a company that's struggling. That's not sustainable. I also worry about fakes. During the last provincial campaign there were some doctored clips of [[Tim Houston|PUBLIC_FIGURE]] going around on [[TikTok|SOFTWARE]]. We debunked a couple. But we're four people on the politics beat now, where there used to be ten. On the other hand, the tools let a small team do things we couldn't have done before, like go through ten thousand pages of records. So it cuts both ways.

AI: Do you think it will change what the job actually is?

User: I think the parts of the job that are about being in the room will matter more. Going to the hearing. Knocking on the door. Calling the person back. No machine is sitting in a church basement in [[Dartmouth|CITY]] at a community meeting about a shelter. That's where the story is. My daughter [[Aileen|PERSON]] is doing journalism at [[Carleton|SCHOOL]] right now, and I keep telling her, learn the tools, but learn to talk to people first.

AI: Thank you, [[Colin|PERSON]]. Anything else, and is it okay to follow up?

User: Sure, happy to. My cell is [[902-555-0147|PHONE_NUMBER]], and I'm on [[Signal|SOFTWARE]] with the same number if it's sensitive. I'm also on [[Bluesky|SOFTWARE]], [[@colinmacisaac.bsky.social|SOCIAL_HANDLE]], though I mostly lurk.""")

# 17 architect, Dublin
T.append("""AI: Thanks for joining. Could you introduce yourself and your work?

User: Sure. I'm [[Niamh Ó Súilleabháin|PERSON]], I'm an [[architect|JOB_TITLE]], and I'm an associate at [[Corrigan Doyle Architects|ORGANIZATION]]. We're a practice of about twenty-five people in [[Smithfield|CITY]] in [[Dublin|CITY]]. I'm [[43|AGE]]. I studied at [[UCD|SCHOOL]], qualified in [[2007|DATE]], which was terrible timing, because the crash came the next year and I spent four years working in [[London|CITY]] like half my class. Came home in [[2012|DATE]] and I've been at [[Corrigan Doyle|ORGANIZATION]] since. We do mostly residential, a lot of social and affordable housing for local authorities and approved housing bodies, plus a few schools.

AI: How is AI being used in the practice?

User: In pockets. It's not one big thing. At the very front end, some of the younger designers use [[Midjourney|AI_PRODUCT]] for mood images at concept stage, just to get a feeling across. Like, "courtyard housing, brick, [[Dublin|CITY]] light, kids playing", and you get a dozen atmospheric images in a minute. They're useful for internal conversations. We never put them in front of a client as if they were a design, because they're not buildable, the geometry is nonsense when you look closely. In the actual design and documentation work we're on [[Revit|SOFTWARE]], and there's a rendering plugin, [[Veras|AI_PRODUCT]], that takes your model and makes it look photo-real very quickly. That one I do like, because it starts from our real geometry. And then on the writing side, planning reports, design statements, responses to further information requests, I use [[ChatGPT|AI_PRODUCT]] for drafting and I've been trying [[Claude|AI_PRODUCT]] as well. A planning report is quite formulaic, so it helps with structure. But the arguments have to come from us, and they have to be tied to the actual development plan policies, which it sometimes just makes up.

AI: Could you give an example of that?

User: Yes, last [[spring|GENERIC_TIME]] I was preparing a response for a scheme in [[Kildare|CITY]], and I asked it to help frame our argument on building height. It produced a lovely paragraph referencing a specific policy number in the county development plan. The number didn't exist. The policy it described was sort of a blend of two real ones and a bit of national guidance. If that had gone in, it would have been in front of the council planners, and possibly [[An Bord Pleanála|ORGANIZATION]] on appeal, and our credibility would've been gone. So now there's a rule in the office that any policy reference has to be copied from the source document, never typed from memory or from a chatbot. [[Fergal Corrigan|PERSON]], who founded the practice, was very firm about that.

AI: How do people in the practice feel about it?

User: There's a split, but it's more about what people think architecture is than about age. Some people see the design thinking as the core and are relaxed about automating documentation, because documentation is tedious. Others, and I'm partly in this camp, think that the slow drawing and redrawing is where the design actually happens. You find the problem with the stair when you draw the stair. If a tool draws it for you, you don't find it until it's on site and it costs a fortune. One of our graduates, [[Oisín|PERSON]], is brilliant with the tools and very fast, but when I ask him why a wall is where it is, he sometimes doesn't know. That worries me more than anything about the software itself.

AI: Do you have concerns beyond the practice, about the profession or the built environment?

User: Housing, really. [[Ireland|COUNTRY]] has a serious housing crisis, and there's a lot of hope that technology will make building faster and cheaper. Modular, AI-optimised layouts, all of that. Some of it's real. But the bottlenecks are mostly planning, land, financing, labour, not drawing speed. I'd hate to see a generation of housing designed by optimisation software for maximum units and minimum cost, because we've done that before, in the sixties and seventies, and we're still knocking some of it down. I've read [[Jane Jacobs|PUBLIC_FIGURE]] too many times to think efficiency alone makes a good place to live.

AI: Thank you, [[Niamh|PERSON]]. Anything else, and may we contact you for follow-up?

User: Just that architecture is a public art as well as a business, and I hope we remember that. Yes, please do. Email's easiest, [[niamh.os [at] corrigandoyle.ie|OBF_EMAIL|bracket_at]], I've had to write it like that ever since I put it on a conference slide and got four hundred spam emails. My husband [[Pádraig|PERSON]] thinks it's hilarious.""")

# 18 realtor, Scottsdale
T.append("""AI: Hi, thanks for joining today. Can you tell me a little about yourself?

User: Absolutely! I'm [[Brittany Vasquez|PERSON]], I'm [[42|AGE]], and I'm a [[realtor|JOB_TITLE]] with [[Desert Crest Realty|ORGANIZATION]] here in [[Scottsdale|CITY]], [[Arizona|CITY]]. I've been licensed since [[2011|DATE]], so I got in right at the bottom of the market, which was a good education. I mostly work the [[East Valley|CITY]], [[Gilbert|CITY]], [[Chandler|CITY]], [[Mesa|CITY]], some [[Scottsdale|CITY]]. A lot of first-time buyers, a lot of retirees moving in from the [[Midwest|CITY]] and [[California|CITY]].

AI: How are you using AI in your business?

User: Oh, all the time. I'm a one-woman show with a part-time assistant, so anything that saves me time is gold. Listing descriptions are the big one. I used to spend forever on those. Now I walk the house, dictate my notes into my phone, and have [[ChatGPT|AI_PRODUCT]] turn it into a description for the [[MLS|SOFTWARE]]. Then I edit it because it goes way overboard, everything is a "stunning oasis" and a "chef's dream kitchen". I also use a virtual staging app, which is [[Virtual Staging AI|AI_PRODUCT]], for vacant homes. You upload a photo of an empty living room and it puts in furniture. Saves about two thousand dollars versus real staging. I always label those photos as virtually staged though, because buyers walk in and feel tricked otherwise. And I use the AI in my CRM, which is [[Follow Up Boss|SOFTWARE]], to write follow-up texts and emails.

AI: Have there been any problems with it?

User: Yes, one that really scared me. Fair housing. So under federal fair housing law, you can't describe a property in a way that shows a preference for a type of buyer, like families with kids, or a religion, or anything like that. And I had [[ChatGPT|AI_PRODUCT]] write me a description for a house in [[Gilbert|CITY]], near a great elementary school, and it wrote "perfect for young families" and "walking distance to the Catholic church". Both of those are red flags. I caught it, thank God, but I've seen other agents post that kind of stuff without noticing. [[Gary Lindqvist|PERSON]], who owns our brokerage, actually did a whole training in [[February|GENERIC_TIME]] about AI and fair housing because of stuff like that. And then pricing. Clients come in with a [[Zillow|ORGANIZATION]] estimate that's off by fifty or sixty thousand and they trust the algorithm over me. I've had that fight so many times.

AI: How do your clients feel about AI in real estate?

User: Younger buyers expect it. They want instant answers at ten at night, and they're fine if it's a bot. Older clients want me. Like I had a couple, the [[Hendersons|PERSON]], moving from [[Minnesota|CITY]], and Mrs. [[Henderson|PERSON]] would not do anything over text, she wanted me on the phone every single time. And honestly, I'd rather that. Real estate is the biggest purchase most people ever make, and they're scared. A bot isn't going to hold their hand when the inspection comes back with a cracked slab. Also there's so much fraud now. Wire fraud, fake sellers using AI to impersonate owners of vacant land. We had a case in our office where someone tried to sell a lot in [[Cave Creek|CITY]] that they didn't own, with a fake ID and a deepfake video call. The title company caught it. That's the scary side.

AI: Do you think AI will change the role of the agent?

User: It'll weed out the ones who were only doing paperwork. If all you do is open doors and fill out forms, yeah, that's in trouble. But negotiating, reading people, knowing that the seller is going through a divorce and needs to close by a certain date, that's human. I think the agents who use the tools well will handle more clients and the ones who don't will get squeezed. I listen to a lot of podcasts, [[Gary Vaynerchuk|PUBLIC_FIGURE]] and people like that, and they all say adapt or die, which is a little dramatic, but not wrong.

AI: Thank you, [[Brittany|PERSON]]. Is there anything else you'd like to add, and how can we reach you?

User: Just that people should always verify, whether it's a listing or a wire instruction. Call a number you know. And sure! My cell is [[(480) 555-0129|PHONE_NUMBER]], website is [[brittanyvasquezhomes.com|URL]], and I'm [[@brittsellsaz|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]]. My license number is [[SA654120000|NATIONAL_ID]] if you need it for anything, it's on all my stuff anyway.""")

# 19 dairy farmer, Waikato
T.append("""AI: Thanks for making the time, I know it's a busy season. Could you tell me about yourself and the farm?

User: No worries, we're between milkings so I've got an hour. I'm [[Hamish Tregear|PERSON]], I'm [[61|AGE]], and I'm a [[dairy farmer|JOB_TITLE]]. We milk about four hundred and twenty cows on a farm just out of [[Morrinsville|CITY]], in the [[Waikato|CITY]]. It's been in the family since my grandfather bought it in [[1958|DATE]]. My wife [[Jenny|PERSON]] and I run it with a [[sharemilker|JOB_TITLE]], [[Sione Latu|PERSON]], and two farm hands. We supply [[Fonterra|ORGANIZATION]], like most people round here.

AI: Where does AI or automated technology come into your farming?

User: More than you'd think for an old bugger like me. The big one in the last two years is [[Halter|SOFTWARE]]. It's a collar the cows wear, solar-powered, and you can shift them from paddock to paddock from your phone. It uses sound and vibration to guide them. Virtual fences, basically. It also monitors their behaviour, rumination, when they're cycling, and it flags cows that look crook before you'd spot it yourself. I was dead against it at first. [[Sione|PERSON]] talked me into a trial. Now I'd struggle to go back. It used to be two of us on quad bikes at five in the morning bringing the herd in. Now they walk themselves to the shed. Then there's [[MINDA|SOFTWARE]], which is the herd records system from [[LIC|ORGANIZATION]], and that's been around forever, but it's got smarter about mating recommendations and breeding worth. And on the shed itself, we've got automatic cup removers, drafting gates, that sort of thing. Not robots milking, we're not that flash.

AI: Do you use tools like [[ChatGPT|AI_PRODUCT]] at all?

User: [[Jenny|PERSON]] does more than me. She does the books and all the compliance, and there's a mountain of it now. The regional council wants a farm environment plan, nitrogen reporting, effluent management, and the paperwork would drive you up the wall. She uses [[ChatGPT|AI_PRODUCT]] to help make sense of the council rules and draft bits of the plan, and then our consultant checks it. I've used it a couple of times myself, mostly to write stiff letters. Had a dispute with a contractor over a bit of drainage work last [[winter|GENERIC_TIME]] and it wrote a better letter than I would've. Less swearing, anyway.

AI: Have there been any downsides or surprises?

User: Few things. The collars need coverage, and we've got a back block where the signal's rubbish, so we've had to put in another tower. Cost a bomb. And you're dependent on the company now. If [[Halter|SOFTWARE]] goes belly up or changes their pricing, what do I do with four hundred collars? That's in the back of my mind. The other thing is skills. My dad could look at a cow and tell you she was off before anyone. I can still do that, mostly. But the young fellas coming through, they look at the app first and the cow second. I had one of the farm hands, good lad, tell me a cow was fine because the app said so, and she had milk fever. You've still got to walk the herd. The app's not out there in the paddock with its boots on. And [[ChatGPT|AI_PRODUCT]], [[Jenny|PERSON]] caught it out once telling her something about nitrogen limits that was from some other region, not ours. So you check everything.

AI: How do you see AI affecting farming in [[New Zealand|COUNTRY]] more generally?

User: I reckon it'll help with the labour problem, which is real. We can't get staff. Kiwis don't want to milk cows at four in the morning, and the immigration rules have been all over the place. So anything that means fewer hands is going to get adopted. On the environmental side, if the tech can help us measure what we're doing properly, that's good, because right now we're being told what to do based on models that don't know our soils. I'd like to think the data can work for farmers, not just be used to beat us with. My daughter [[Kate|PERSON]] did ag science at [[Lincoln|SCHOOL]] and she's working for an agritech startup in [[Hamilton|CITY]] now, so she's on the other side of it, building the stuff. We have some good arguments at [[Christmas|GENERIC_TIME]].

AI: Thanks very much, [[Hamish|PERSON]]. Is there anything else, and may we contact you later?

User: Only that people in the city should come out to a farm before they decide what we should be doing. Yeah, you can ring the house, it's [[07 889 4O12|OBF_PHONE|letter_o_for_zero]], that's a letter O in there, I typed it on the phone and couldn't be bothered fixing it, sorry. Evenings are best, after milking.""")

# 20 call centre adviser, Glasgow
T.append("""AI: Hiya, thanks for joining. Could you tell me a bit about yourself and your job?

User: Aye, no bother. I'm [[Kirsty Bain|PERSON]], I'm [[24|AGE]], and I'm a [[customer service adviser|JOB_TITLE]] at [[Clydeside Energy|ORGANIZATION]]. It's a call centre, basically, we're out in [[Cambuslang|CITY]], on the edge of [[Glasgow|CITY]]. I've been there since [[September 2022|DATE]]. We do billing queries, meter readings, people struggling to pay, complaints, that sort of thing. I'm also doing a psychology degree part-time with the [[Open University|SCHOOL]], so I'm on the phones four days a week.

AI: How does AI come into your work on the phones?

User: It's in everything now, kind of. Before a customer even gets to me, they've been through the chatbot on the website and the voice bot on the phone line, where it asks you to "tell me in a few words what you're calling about". Half the calls I get start with the customer already raging because the bot didn't understand them. Then on my screen, when I'm on a call, we use [[Salesforce|SOFTWARE]], and there's an AI assistant in it that listens to the call and pops up suggested answers and the relevant knowledge articles. After the call, it writes the summary for the notes, which used to take me a minute or two every call, so that's actually dead handy. Across a shift that's maybe an hour saved. The downside is they've just cut our wrap time to match, so we're not actually less busy, there's just more calls. And every [[Monday|GENERIC_TIME]] after the bills go out it's carnage anyway, the queue's forty deep by nine o'clock.

AI: What's it like working alongside those suggestions during a call?

User: Mixed. When it's a simple one, like how do I submit a meter reading, it's spot on. When it's anything emotional it's rubbish. I had a woman last [[winter|GENERIC_TIME]] whose husband had just died, and the account was in his name, and she was trying to sort it out. And the assistant is popping up "offer the customer a payment plan" and "mention our online account features". Like, no. I just ignored it and talked to her like a person. My [[team leader|GENERIC_ROLE]], [[Gav|PERSON]], he's sound, he listened back to that call and said I'd done the right thing. But the system flagged it because I didn't follow the suggestions and the call went long. There's a quality score, and part of it comes from the AI checking whether you said the right phrases. So you've got this tension between doing what the computer wants and doing what the customer needs.

AI: How do you and your colleagues feel about AI more generally?

User: People are worried about jobs, definitely. Everybody knows the company wants more people using the bot and fewer calling. Our [[CEO|GENERIC_ROLE]] did one of those all-staff [[Teams|SOFTWARE]] calls and said there'll be no redundancies, but they've also not replaced folk who've left. My pal [[Shona|PERSON]] left in [[March|GENERIC_TIME]] and nobody's replaced her. Some people use [[ChatGPT|AI_PRODUCT]] at home to help with stuff, like I use it for my [[OU|SCHOOL]] essays sometimes, to explain a theory I don't get. But at work we're not allowed to use anything outside the system. Which is fair, there's customer details on the screen all day, bank details and that. I think people are more worried about being watched than being replaced, to be honest. It knows how long you've been on every call, how long your toilet break is, your tone. It's a lot.

AI: Is there anything you'd change, if you could?

User: I'd make it easier to get to a human. The bot should know when someone's upset and just put them through. Older customers especially, and there's a lot of them in places like [[Rutherglen|CITY]] and [[East Kilbride|CITY]], some of them are phoning from a landline and they don't have the internet, and the bot just goes round in circles with them. And I'd want the quality scoring done by a person, not the AI. [[Gav|PERSON]] would do a better job in five minutes than that thing does all month.

AI: Thanks, [[Kirsty|PERSON]]. Anything else, and could we get in touch again?

User: Naw, that's about it. Aye, you can text me. I've put spaces in it so it doesnae get scraped, it's [[0 7 7 0 0 9 0 0 4 6 1|OBF_PHONE|spaced_digits]]. Not during the day though, I cannae have my phone out on the floor.""")

# 21 physiotherapist, Perth
T.append("""AI: Thanks for joining. To start, could you tell me about yourself and your role?

User: Sure. I'm [[Sanjay Pillai|PERSON]], I'm a [[physiotherapist|JOB_TITLE]], and I'm one of two directors at [[Swan River Physio|ORGANIZATION]]. We've got a clinic in [[Subiaco|CITY]] and a smaller one in [[Joondalup|CITY]], both in [[Perth|CITY]]. I'm [[35|AGE]]. I graduated from [[Curtin|SCHOOL]] in [[2012|DATE]], worked in a hospital for a few years and in private practice since. We've got nine physios, a couple of exercise physiologists, and our front desk team.

AI: How is AI used in the clinic?

User: The biggest one by far is the AI scribe. We started using [[Lyrebird|AI_PRODUCT]] last year. With the patient's consent, it listens to the consult and drafts the clinical notes, and then I edit them and paste them into [[Cliniko|SOFTWARE]], which is our practice management system. Before that I'd be writing notes between patients, or worse, at night. Now I finish my notes in the room, most of the time. I'd say it saves me forty-five minutes a day. We also use [[Physitrack|SOFTWARE]] for home exercise programs, which isn't really AI, it's a library of exercise videos, but it's got some features now that suggest programs based on the condition. And [[ChatGPT|AI_PRODUCT]] gets used for things like patient education handouts and our newsletter, though one of our exercise physiologists swears by [[Gemini|AI_PRODUCT]] for that instead.

AI: How did patients and staff respond to the scribe?

User: Patients, almost all fine. We ask every time, and there's a sign in the waiting room. Maybe one in thirty says no, usually older patients, and that's completely fine, I just type. The staff were more split. Some of the younger physios loved it immediately. A couple of the more experienced ones were worried it would miss the clinical reasoning, and they were right to worry, because it does. It records what was said, but a lot of physio is what you see and feel. If I'm palpating a knee and I notice something, I might not say it out loud. So the note can look complete but miss the most important finding. We did a session on it at our in-service one [[Thursday|GENERIC_TIME]] lunchtime and trained everyone to dictate their findings out loud, almost like narrating. It felt weird at first. [[Tahlia|PERSON]], our [[receptionist|JOB_TITLE]], says she can hear me narrating through the door now, "mild effusion, tender medial joint line", like a sports commentator.

AI: Have there been any issues with privacy or regulation?

User: We thought about that a lot before we started. Health data is sensitive, obviously. We checked where the data's stored, that it's in [[Australia|COUNTRY]], how long the audio is kept, which is not at all after the note is generated. [[AHPRA|ORGANIZATION]] put out guidance on AI in practice that basically says you're responsible for whatever goes in the record, the AI doesn't change that. And our professional indemnity insurer wanted to know about it too. The other thing was one of our patients, a footy player at a local club, actually asked if the recording could be subpoenaed if he had an injury claim. Good question. We don't keep it, so no, but I hadn't thought of that angle.

AI: What about the future? How do you see AI changing physiotherapy?

User: I think the admin side will get a lot lighter, and that's great, because burnout in our profession is real. I've lost two good physios in the last three years who just got sick of the paperwork. On the clinical side, there are apps now that use your phone camera to measure range of motion or analyse your running gait. Some are pretty good. But people come to physio partly for the human contact, someone to reassure them and push them. You see all the coverage of [[Sam Kerr|PUBLIC_FIGURE]] coming back from her ACL, and it's not an app that got her through that, it's a whole team of people. My partner [[Rahul|PERSON]] keeps asking when I'll be replaced by a robot, and I tell him, when the robot can talk a sixty-year-old out of quitting his rehab, let me know.

AI: Thanks, [[Sanjay|PERSON]]. Anything else, and can we follow up?

User: Just that I'd encourage clinics to go slow and get consent right. Yeah, of course. Work email is [[sanjay@swanriverphysio.com.au|EMAIL_ADDRESS]], or my mobile, [[0412 three three six 790|OBF_PHONE|mixed_words_digits]]. I've written it like that because my number ended up on some spam list years ago and I've never got it off.""")

# 22 data analyst, Nairobi
T.append("""AI: Hello, and thanks for joining. Could you tell me a bit about yourself and your work?

User: Hi, thank you for having me. I'm [[Wanjiru Kamau|PERSON]], I'm [[30|AGE]], and I'm a [[data analyst|JOB_TITLE]] at [[Shamba Credit|ORGANIZATION]]. We give small loans to farmers, mostly for inputs like seed and fertiliser, and repayments are through [[M-Pesa|SOFTWARE]]. I'm based at the head office in [[Westlands|CITY]], [[Nairobi|CITY]], but I travel a lot to the field offices in [[Nakuru|CITY]] and [[Eldoret|CITY]]. I studied statistics at [[Strathmore University|SCHOOL]] and joined [[Shamba|ORGANIZATION]] in [[2020|DATE]], just before COVID got serious here.

AI: How do you use AI in your daily work?

User: Quite a lot, but mostly as an assistant for coding and writing. Our data lives in [[BigQuery|SOFTWARE]], and I write a lot of SQL and Python. I use [[Gemini|AI_PRODUCT]] since it's built into the [[Google Cloud|SOFTWARE]] tools we use, and I also use [[ChatGPT|AI_PRODUCT]] on the side for explaining errors or for rewriting a messy query. For dashboards we use [[Power BI|SOFTWARE]], and [[Copilot|AI_PRODUCT]] is in there now, which can suggest visuals, but honestly it's not very good yet. It doesn't understand our business. It suggested a chart of "loans by gender" for the board pack, which is not what they asked for and could be sensitive. The more interesting part is the credit scoring. We have a machine learning model that predicts whether a farmer will repay, using things like their [[M-Pesa|SOFTWARE]] transaction history, the crop, the county, rainfall data. I maintain the data pipeline for that model and I help with monitoring it.

AI: What are the challenges with that credit model?

User: Fairness, mostly. And the weather. In [[2022|DATE]] we had a terrible drought in the north and east, and the model had never seen a drought that bad in the training data. So it was predicting good repayment for farmers who were going to lose their whole harvest. We had to step in manually. My [[manager|GENERIC_ROLE]], [[Otieno|PERSON]], set up a process where the field officers can flag a whole area and we pause automated decisions there. That was a big lesson. The other issue is that the model uses [[M-Pesa|SOFTWARE]] history, and women farmers often have less transaction history in their own name, because the money goes through the husband's phone. So the model gives them lower scores even when they're the ones actually farming. We're working on that, adding other signals, like membership in a savings group. The [[ODPC|ORGANIZATION]], the data protection office, has also become much more active, so we have to document everything now, which I think is good.

AI: How do you feel about AI in [[Kenya|COUNTRY]] more broadly?

User: It's complicated. There's a lot of excitement, [[Nairobi|CITY]] calls itself the Silicon Savannah, there are AI startups everywhere, hackathons every month. But there's also the other side. My cousin [[Kevin|PERSON]] worked for one of those companies doing data labelling for the big AI companies. He was reading and labelling terrible content for hours, violent things, for very little pay. There was a lot of reporting about that, and some workers took it to court. So when people say "AI", I think about him too. The models everyone in [[America|COUNTRY]] is using were partly made by people here who were paid two dollars an hour. Also, the models don't understand our context well. Try asking them about Kenyan farming in Kikuyu or even in Sheng and you'll see. There are some good local efforts though. I went to a [[Deep Learning Indaba|ORGANIZATION]] event last year and met people building models for African languages, which was inspiring.

AI: Has AI changed your career plans or how you see your job?

User: Yes. At first I was worried, because a lot of what a junior analyst does, cleaning data, writing basic queries, the AI can do. But I think it pushed me to go deeper into understanding the business, going to the field, talking to farmers and loan officers. The AI can write the query, but it can't tell you that repayments dropped in [[Kericho|CITY]] because the tea price fell. I'm thinking of doing a master's in data science, maybe abroad, maybe at [[University of Nairobi|SCHOOL]], I haven't decided. My mum wants me to stay close, of course.

AI: Thank you, [[Wanjiru|PERSON]]. Is there anything else you'd like to add, and may we contact you later?

User: Just that people building AI tools should spend time with the people who will be affected by them. Yes, of course, you can reach me by email, it's [[w.kamau -at- outlook -dot- com|OBF_EMAIL|dash_at_dot]], and I'm on [[LinkedIn|SOFTWARE]] as well under my full name.""")

# 23 translator, Montreal
T.append("""AI: Bonjour, thanks for joining. Could you introduce yourself and your work?

User: Bonjour! Yes. I'm [[Geneviève Lapointe|PERSON]], I'm [[46|AGE]], and I'm a [[certified translator|JOB_TITLE]], French to English and English to French, mostly English to French. I'm freelance, I work from home in [[Rosemont|CITY]], in [[Montréal|CITY]]. I'm a member of [[OTTIAQ|ORGANIZATION]], that's the professional order for translators in [[Québec|CITY]]. I studied translation at [[Université de Montréal|SCHOOL]] and I've been freelancing since [[2006|DATE]]. Most of my clients are financial institutions and insurance companies, plus some government work, and a bit of marketing.

AI: How has AI affected your work?

User: Enormously. It's probably the profession that's been most affected, with maybe illustrators. Machine translation has been around for a long time, but the quality changed completely around [[2017|DATE]], [[2018|DATE]] with neural MT, and then again with [[ChatGPT|AI_PRODUCT]]. Now I work in [[Trados|SOFTWARE]], which is my CAT tool, and I have [[DeepL|AI_PRODUCT]] connected, so for many jobs the first draft comes from the machine, and I edit it. The industry calls this "post-editing", and clients pay less for it, usually about half the rate per word. So I do more words for roughly the same money, and the work is more tiring in a way, because you're correcting instead of creating, and the errors are subtle. The French is fluent, beautiful even, but it's sometimes wrong in a way that's hard to catch.

AI: Could you give an example of those subtle errors?

User: Sure. Financial documents have very specific terminology in [[Québec|CITY]] that's different from [[France|COUNTRY]]. The machine will often give me the [[France|COUNTRY]] term. For example, for some banking and insurance terms, the [[Office québécois de la langue française|ORGANIZATION]] has official recommendations, and the machine doesn't always follow them. And with Bill 96, the language law, our clients are very careful now. Another example: I had a text from [[Desjardins|ORGANIZATION]] about a mortgage product, and the machine translated a sentence about the borrower's obligations with a tone that changed the legal meaning slightly. It was the difference between "must" and "should". In a contract, that matters. My colleague [[Claude Bergeron|PERSON]], yes, his name is [[Claude|PERSON]], he's heard all the jokes, says our job has become "finding the one wrong word in a thousand correct ones".

AI: Do you use other AI tools, like the chatbots?

User: Yes, but carefully, because of confidentiality. Many of my contracts forbid uploading the text to public tools. For non-confidential things, like marketing slogans, I'll sometimes ask [[Claude|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] for ten options, to break a block. Yes, I use [[Claude|AI_PRODUCT]] the software, and I work with [[Claude|PERSON]] the person, it gets confusing in my emails. The chatbots are good at playfulness, at adapting a pun. But it's a starting point, not the final text. I also use them to check my English when I translate into English, since it's my second language.

AI: How do you see the future of your profession?

User: Honestly, I'm worried. Younger translators are having a very hard time getting started. The agencies send fewer jobs, and the rates have gone down. Several colleagues I studied with have left the profession, one became a teacher, one works in communications now. I think there will always be a need for people who are legally responsible for a translation, certified translations for immigration, for courts, and for high-stakes content. But the middle of the market is disappearing. And I worry about the French language itself. If everything is produced by machines trained mostly on European French and on English, what happens to our expressions, our way of saying things? It's a cultural question here, not only an economic one.

AI: Merci, [[Geneviève|PERSON]]. Anything else, and may we contact you again?

User: Avec plaisir. I'd only add that clients should ask who is checking the machine, because someone should be. For contact, my email is [[genevieve.lapointe arobase videotron point ca|OBF_EMAIL|french_arobase_point]], and my office phone is [[514-555-0183|PHONE_NUMBER]].""")

# 24 chef, Kingston
T.append("""AI: Thanks for joining. Can you tell me about yourself and your work?

User: Yeah man, thanks for having me. I'm [[Andre Campbell|PERSON]], everybody call me [[Dre|PERSON]]. I'm [[39|AGE]]. I'm a [[chef|JOB_TITLE]], and I own a restaurant called [[Pepperpot Kitchen|ORGANIZATION]] in [[New Kingston|CITY]], in [[Kingston|CITY]]. We do modern Jamaican food, so you get your oxtail and your ackee, but we play with it a bit. I trained at [[UTech|SCHOOL]] in hospitality, then I worked on cruise ships for six years, then a hotel in [[Negril|CITY]], and I opened my own place in [[2018|DATE]]. We have about fifteen staff now.

AI: How do you use AI in running the restaurant?

User: Mostly the business side, not the cooking. Nobody going tell me how to season my food, you understand? But the business side, it help a lot. First thing is social media. [[Instagram|SOFTWARE]] is everything for a restaurant now. I use [[ChatGPT|AI_PRODUCT]] to help write captions and menu descriptions, 'cause I'm a kitchen man, not a writer. I tell it the dish, the ingredients, the story behind it, like this is my grandmother's recipe from [[St. Elizabeth|CITY]], and it give me something nice. Then I fix it to sound like me, 'cause it sound too American sometimes, too much "elevated" and "curated". Second thing is costing. Food prices in [[Jamaica|COUNTRY]] jump up and down a lot, with imports and the exchange rate. I had it help me build a spreadsheet in [[Google Sheets|SOFTWARE]] where I put in the supplier prices every week and it calculate the plate cost for every dish. Before, I was just guessing, honestly. I found out my curry goat was making almost no money.

AI: Has AI helped or changed anything in the kitchen itself?

User: Not really the cooking. But I use it sometimes for ideas. Like I'll ask it, give me ten ways to use breadfruit in a dessert, and nine of them is foolishness, but one of them spark something. My [[sous chef|JOB_TITLE]], [[Shanique|PERSON]], she use it more than me for the prep lists and scaling recipes. If we have a wedding for two hundred people, she put in the recipe for twenty and it scale it up, but she always check it, 'cause one time it scale the scotch bonnet wrong and the test batch was pure fire. We laugh about that still. We also use it for staff stuff, like writing up the food safety rules for new staff, and scheduling. The [[Ministry of Health|ORGANIZATION]] inspections are strict, so the documentation must be good.

AI: How do your staff and customers feel about it?

User: The young staff them love it, they use it for everything. The older ones, like my [[head cook|JOB_TITLE]], Miss [[Pearl|PERSON]], she been cooking longer than I been alive, she don't business with it at all. And that's fine, 'cause what she know can't go in no computer. Customers don't really know, I don't think. One time a customer ask me if the menu was written by AI, 'cause there was a word on it nobody in [[Jamaica|COUNTRY]] would say, "delectable". I change it same day. I don't want the place to feel fake. People come here for something real. Also the reviews. We get tourists checking [[TripAdvisor|SOFTWARE]], and I use AI to help reply to reviews, especially the bad ones, so I don't reply vex.

AI: Do you have any concerns about AI?

User: Some. One is the internet and the cost. Not everybody here can pay for these subscriptions, and the data cost, so the big restaurants get more help than the small cook shop. Another thing, I see people using AI pictures of food on their menus and ads, food that don't exist, and that's lying to customers. I won't do that, all my pictures is my real food, my cousin [[Jermaine|PERSON]] take them with his camera. And I think about the culture. If AI learning Jamaican food from the internet, it learning from a lot of people who don't know it. You ask it for jerk and it tell you to use soy sauce and brown sugar like some TV cook from foreign. [[Gordon Ramsay|PUBLIC_FIGURE]] come here and cook jerk on TV one time and everybody was vex. The machine is like that, it learn from everybody, including the people who get it wrong.

AI: Thanks, [[Dre|PERSON]]. Anything else to add, and how can we reach you?

User: Just, come eat! Nah, seriously, I think AI is a tool like a good knife, it help you if you know what you doing. You can find me on [[Instagram|SOFTWARE]], [[@chefdre_876|SOCIAL_HANDLE]], or call the restaurant, [[eight-seven-six, five-five-five, zero-one-zero-four|OBF_PHONE|spoken_digits]], and ask for [[Dre|PERSON]].""")

# 25 librarian, Melbourne
T.append("""AI: Hi, thank you for taking part. Could you start by telling me about yourself?

User: Hello! I'm [[Lucy Tran|PERSON]], I'm a [[librarian|JOB_TITLE]], specifically the [[community programs coordinator|JOB_TITLE]] at [[Footscray Library|ORGANIZATION]] in [[Melbourne|CITY]]'s inner west. We're run by [[Maribyrnong City Council|ORGANIZATION]]. I'm [[fifty-two|AGE]], and I've been a [[librarian|JOB_TITLE]] for most of my working life, after a false start in accounting. I did my graduate diploma in information management at [[RMIT|SCHOOL]] back in [[1998|DATE]]. My parents came here from [[Vietnam|COUNTRY]] in [[1981|DATE]], and I grew up in [[Springvale|CITY]], so libraries were where I learned English, really.

AI: How does AI come into your work at the library?

User: In a couple of ways. The first is just my own productivity. I write a lot: program descriptions, grant acquittals, newsletter pieces, flyers for our events. The council gave us access to [[Copilot|AI_PRODUCT]] earlier this year, so I use it for first drafts, and [[Canva|SOFTWARE]] has its own AI thing for the flyers. The second way, and this is the bigger one for me, is that people come to the library for help with AI. We run digital literacy sessions, we always have, how to use email, how to set up [[myGov|SOFTWARE]], how to spot a scam. And now half the questions are about AI. Older people asking, is this photo real? Is this video of the Prime Minister real? People who want to use [[ChatGPT|AI_PRODUCT]] to write a job application and don't know where to start. Students who are confused about what their school allows. So we've started a monthly session called "AI, Explained", on the first [[Tuesday|GENERIC_TIME]] of the month, and it's consistently booked out.

AI: What kinds of things come up in those sessions?

User: Scams, above everything. We had a gentleman, I won't name him, in his eighties, who got a phone call from what sounded exactly like his grandson asking for money. It was a voice clone. He didn't pay, thank goodness, because his daughter happened to be there. But it shook him badly. We talk a lot about how to check, like, hang up and call back on a number you know. We also talk about privacy: what happens to what you type in. A lot of people have no idea. And there's a lot of fear, which I try to take seriously rather than dismiss. Some people have seen things about [[Elon Musk|PUBLIC_FIGURE]] and the robots and they think the world is ending. Others think it's all a fad. The truth is somewhere messier, and I think libraries are good at messy truths.

AI: Has AI affected the library's collections or services in other ways?

User: Yes, and this one's a bit of a headache. We've had AI-generated books turn up in purchase suggestions and even in some supplier lists, especially in the ebook platforms. Cookbooks, travel guides, books on mushroom foraging, which is actually dangerous if the information's wrong. My colleague [[Tomasz|PERSON]], who does our collection development, now spends a lot of time checking whether an author actually exists before we buy. On [[Libby|SOFTWARE]], which is the app people use to borrow our ebooks, there have been some reports of dodgy titles getting through across the sector. And our catalogue, which runs on [[Spydus|SOFTWARE]], has started offering some AI-powered search features, which are okay, but we're cautious, because the catalogue needs to be accurate. We're the people who are supposed to help you find the real thing.

AI: How do you feel about the role of libraries as AI spreads?

User: Honestly, I feel more needed, not less. People need somewhere free, local and trustworthy to ask questions without being sold anything. The big tech companies aren't going to sit down with a seventy-year-old on a [[Wednesday|GENERIC_TIME]] morning and explain how to tell a deepfake from a real video. We are. My worry is funding. Councils are under pressure, and there's always someone who thinks libraries are old-fashioned because "you can just ask the AI". I'd love to see them ask the AI how to fill out a [[Centrelink|ORGANIZATION]] form with a vision impairment. That's a real person I helped last week.

AI: Thank you, [[Lucy|PERSON]]. Is there anything else, and may we contact you again?

User: Please do. And if any of your researchers want to come to a session, they're welcome. You'll find us at [[180 Paisley Street|ADDRESS]], [[Footscray|CITY]], next to the station, more or less. For email, please use my personal one, [[lucy underscore tran at bigpond dot com|OBF_EMAIL|spelled_underscore_at_dot]], since the council one has a very aggressive spam filter.""")

write_set(T, "set_x")
