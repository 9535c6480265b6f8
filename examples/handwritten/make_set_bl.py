# Set bl: 25 synthetic interview transcripts (AI use at work), office/finance/legal/tech/logistics/media
# professionals in 25 countries. Built with markup.write_set -> set_bl.jsonl
from markup import write_set

T = []

# 1 Germany - customs broker, Hamburg
T.append("""AI: Guten Tag, and thanks for making time for this. Could you start by telling me who you are and what your work looks like?

User: Hello, yes. I am [[Katrin Oltmanns|PERSON]], [[46|AGE]] years old, and I work as [[Zolldeklarantin|JOB_TITLE|german_term]], so in English a customs broker, at [[Brüning & Lüdeke Spedition GmbH|ORGANIZATION]] in [[Hamburg|CITY]]. I sit in the [[Abteilung Zoll und Außenhandel|ORGANIZATION|german_term]], we are seven people there. Most of the day we make import declarations for containers that come from [[Asia|CONTINENT]]: machine parts, textiles, sometimes e-bikes. And some exports to [[Norway|COUNTRY]] and [[Switzerland|COUNTRY]], which always need more paper than the customer thinks.

AI: Thank you, [[Katrin|PERSON]]. How did AI tools first arrive in that department?

User: Through my colleague [[Thomas Müller|PERSON]]. Yes, exactly like the football player, he hears this joke every morning and he stopped laughing long ago. [[Thomas|PERSON]] started in [[März 2023|DATE|german_format]] to paste the goods descriptions from the invoices into [[ChatGPT|AI_PRODUCT]] and ask for a proposal for the tariff number. I was really sceptical. I do this job since [[01.04.2004|DATE|german_format]], I know chapter 84 and 85 of the tariff nearly by heart, and I did not want a machine to guess. But then I saw it does not guess worse than [[the new trainees|GENERIC_ROLE]], so okay, I tried also.

AI: What does a typical use look like for you now?

User: Typical is: the supplier in [[China|COUNTRY]] writes on the invoice only "spare part" or "accessory", which tells me nothing. So first I write to the customer, and while I wait I put the data sheet into [[Copilot|AI_PRODUCT]], we have it inside [[Outlook|SOFTWARE]] and [[Teams|SOFTWARE]] since [[last autumn|GENERIC_TIME]]. It gives me a short summary: material, function, is there an electric motor, what is the main purpose. Then I decide myself and I type it into [[ATLAS|SOFTWARE]], that is the declaration system of the German customs. The AI never touches [[ATLAS|SOFTWARE]], this is a hard rule from Herr Dr. [[Albrecht|PERSON]], he is our [[Geschäftsführer|JOB_TITLE|german_term]] and he is very careful since we had an audit in [[2021|DATE]] that was not nice for anybody. For the letters to the Hauptzollamt I use sometimes [[DeepL Write|AI_PRODUCT]], because my written German is too long. My husband [[Jörg|PERSON]] always says I write like a civil servant from the seventies.

AI: Has anything gone wrong along the way?

User: Yes, of course. Once [[ChatGPT|AI_PRODUCT]] gave a code for a textile, very confident and completely wrong, it mixed knitted and woven fabric and the duty rate is different. Our trainee [[Lea Schwarz|PERSON]] almost sent it. I caught it [[on a Friday afternoon|GENERIC_TIME]], by pure luck. Since then we have a small checklist on the wall next to the coffee machine. Also nobody puts customer names or EORI numbers into the free tools. For that we wait for an internal solution, [[the IT people|GENERIC_ROLE]] say maybe with [[Aleph Alpha|AI_PRODUCT]] because it is hosted in [[Germany|COUNTRY]], but I hear "next year" now for two years.

AI: How do you feel about your own role changing?

User: Mixed. I am not afraid for my job, in customs somebody must sign and take the responsibility, and the machine cannot go to prison, haha. But the young ones learn differently. My son [[Finn|PERSON]] is [[17|AGE]] and he asks [[Gemini|AI_PRODUCT]] everything for school, and I think, okay, but do you understand it? In our job if you don't understand the goods, you pay later, sometimes three years later when the audit comes. I did my training at the [[Berufliche Schule Hamburg-Harburg|SCHOOL]] with paper tariff books, real ones, heavy. I don't want that back, but it taught me to read slowly. Funny enough, my favourite use is not the tariff stuff at all. I live in [[Wilhelmsburg|CITY]], on the island, and on the ferry to the office near the [[Speicherstadt|CITY]] I dictate notes into my phone and let [[Copilot|AI_PRODUCT]] make a to-do list out of it.

AI: That's a lovely detail. If we have follow-up questions, how can we reach you?

User: Write me at work, [[k punkt oltmanns at brueningluedeke punkt de|OBF_EMAIL|spelled_at_dot_de]], I read this every day. Or call the office, [[null vier null, sieben neun eins, null zwei, sechs sechs|OBF_PHONE|digits_as_words_de]], and ask for me, everybody here says [[Kati|PERSON|nickname]]. If your university needs something official, our company EORI is [[DE4719283|NATIONAL_ID]] and the address is [[Am Sandtorkai 58, 20457|ADDRESS]] [[Hamburg|CITY]]. I am also on XING, [[xing.com/profile/Katrin_Oltmanns|URL]].""")

# 2 Austria - auditor, Vienna
T.append("""AI: Hello, and thank you for joining. Maybe you can begin with a short introduction, whatever you are comfortable sharing.

User: Gerne. My name is [[Elisabeth Hinterleitner|PERSON]], I am [[fifty-two|AGE]], and I am a [[Wirtschaftsprüferin|JOB_TITLE|german_term]], a certified auditor, at [[Hofstätter Leitner Wirtschaftsprüfung GmbH|ORGANIZATION]] in [[Wien|CITY]]. In the firm I lead a small team in the [[Prüfungsabteilung Mittelstand|ORGANIZATION|german_term]], so we audit family companies: a bakery chain, two hotels in the mountains, a lot of carpentry workshops. On my door it says Mag. [[Hinterleitner|PERSON]], in Austria the titles are still important, you know, but everybody inside calls me [[Lisi|PERSON|nickname]].

AI: Thanks, [[Lisi|PERSON]]. Where does AI actually show up in an audit for you?

User: Less than the newspapers think. The biggest thing is [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] and [[Word|SOFTWARE]], since [[Jänner 2024|DATE|austrian_month]] the firm has licences. I use it to write the first draft of the management letter, the part with the findings. I give it my bullet points in bad English or in Austrian German, and it makes a clean text. Then I rewrite half of it, because it is too friendly, an auditor should not sound like a hotel brochure. For the journal entry testing we have [[BMD|SOFTWARE]] and [[CaseWare|SOFTWARE]], they have some machine-learning features now: unusual postings on a Sunday at midnight, round amounts, this kind of thing. That is useful, I must say.

AI: Are there rules in your firm about client data?

User: Very strict ones, and correct ones. Frau Dr. [[Pichler|PERSON]], our [[managing partner|JOB_TITLE]], wrote a two-page Richtlinie in [[Frühjahr 2023|DATE|german_format]]: nothing with a client name or a UID number goes into [[ChatGPT|AI_PRODUCT]]. Our IT person, [[Arnold Brandstätter|PERSON]], set up a version inside our own [[Azure|SOFTWARE]] tenant. And yes, he is called [[Arnold|PERSON]], and yes, every new trainee makes the joke about [[Arnold Schwarzenegger|PUBLIC_FIGURE]] and "I'll be back". He prints the error messages of the chatbot and pins them on his door with "hasta la vista" written under. It is our office humour, not very sophisticated.

AI: Has the way you train juniors changed?

User: Yes, and this worries me a little. My assistant [[Magdalena Wurm|PERSON]], we say [[Leni|PERSON|nickname]], she is very clever, she came from the [[WU Wien|SCHOOL]] [[last year|GENERIC_TIME]], and she asks the chatbot before she asks me. Sometimes the answer is fine, sometimes it is German law and not Austrian law, and it does not tell you. The UGB and the HGB look similar but they are not the same. So I told her: first the Kodex, then me, then the machine. She laughs, but she does it. The other thing is the documentation. If the working paper says "analysed with AI", the Kammer will ask how exactly, and nobody has a good answer yet.

AI: Do you use these tools outside work as well?

User: A bit. My daughter [[Valerie|PERSON]] studies in [[Graz|CITY]] and she showed me how to plan a trip with [[Gemini|AI_PRODUCT]]. We went to [[Croatia|COUNTRY]] in summer and it made a nice plan, only one restaurant did not exist, we stood in front of a closed garage. At home we live in the [[Leopoldstadt|CITY]], near the Augarten, and I take the underground to the office, so in the morning I let [[Copilot|AI_PRODUCT]] summarise the fifty-page contracts on my phone. What I would really like is a tool that says "I am not sure" like a good colleague. That it never says.

AI: Thank you so much. If we need to send you the consent form or follow up, how should we reach you?

User: Email is best: [[e.hinterleitner klammeraffe hlwp punkt at|OBF_EMAIL|spelled_at_dot_de]], Klammeraffe is how we say the at sign. Or mobile, [[0664.381.22.97|OBF_PHONE|dotted_digits]]. For the honorarium your administration asked my Sozialversicherungsnummer, it is [[1237 150372|NATIONAL_ID]], and my office is [[Praterstraße 38/2/14, 1020|ADDRESS]] [[Wien|CITY]]. Please send paper mail there, not home.""")

# 3 Switzerland - data engineer, Zurich
T.append("""AI: Grüezi, and thanks for taking part. To start, could you tell me about yourself and your role?

User: Grüezi. I'm [[Reto Baumgartner|PERSON]], [[34|AGE]], [[Senior Data Engineer|JOB_TITLE]] at [[Limmat Privatbank AG|ORGANIZATION]] in [[Zürich|CITY]]. I'm in the team called [[Data Platform & Analytics|ORGANIZATION]], eleven people, and we run the pipelines that feed risk, compliance and a bit of marketing. I studied computer science at [[ETH Zürich|SCHOOL]], then did two years at a consultancy before the bank. I live in [[Winterthur|CITY]], so I have forty minutes of train every day, which is when I read most of the AI news.

AI: What does your stack look like, and where does AI come into it?

User: Classic enough: [[Kafka|SOFTWARE]] for streaming, [[Airflow|SOFTWARE]] for orchestration, [[dbt|SOFTWARE]] models on [[Snowflake|SOFTWARE]]. Some legacy in [[Java|SOFTWARE]] that nobody wants to touch. AI comes in mainly as [[GitHub Copilot|AI_PRODUCT]] in the editor, since [[3.4.2023|DATE|swiss_format]], I remember because it was the day after my birthday and I thought, nice, a present. For bigger refactorings I use [[Claude|AI_PRODUCT]] through the internal gateway. The bank has an enterprise contract and the data stays in [[Europe|CONTINENT]], that was the condition from legal.

AI: Can you give an example of something it did well, and something it did badly?

User: Well: we had to migrate about two hundred SQL models from an old naming scheme, and [[Claude|AI_PRODUCT]] wrote the migration script and the tests in an afternoon. I reviewed it for a day. Before, that would have been a week. Badly: [[Copilot|AI_PRODUCT]] suggested a [[Kafka|SOFTWARE]] consumer config that looked perfect and committed offsets too early, so after a crash we would silently lose messages. My colleague [[Roger Keller|PERSON]] found it in the review. [[Roger|PERSON]] is our most careful reviewer, and yes, he gets the tennis jokes all the time, people ask if he plays like [[Roger Federer|PUBLIC_FIGURE]]. He says the only similarity is that both of them exist.

AI: How does your team handle the question of which data may go into these tools?

User: There is a classification, C1 to C4. Only C1, public stuff, may go to external tools. For client data we have nothing, full stop, because of the Bankgeheimnis, the banking secrecy, it's not negotiable in [[Switzerland|COUNTRY]]. Frau [[Küng|PERSON]] from the compliance office checks the gateway logs every quarter. Another colleague, [[Julia Widmer|PERSON]], wanted to test an anomaly detection model written in [[Julia|SOFTWARE]], so [[Julia|PERSON]] writing [[Julia|SOFTWARE]], we found that very funny, and even with synthetic data it took six weeks of approvals. I understand it, but it is slow.

AI: Do you think your job will look different in five years?

User: The boring parts will disappear, the glue code, the YAML, the copy-paste between environments. But somebody has to own the data contracts and say no to bad ideas. I'm more worried about the juniors. My girlfriend [[Nadia Rossetti|PERSON]] teaches at a Kantonsschule and she says the students can't debug anything anymore, they just ask again until it works. Maybe that's an old-man comment from someone who is [[34|AGE]], I don't know. On my private laptop, it still runs [[macOS Sonoma|SOFTWARE]], I play with small open models through [[Ollama|SOFTWARE]], but the fan sounds like a raclette oven, so not often.

AI: Thanks, [[Reto|PERSON]]. Where can we reach you for follow-up?

User: Private mail is best: [[reto (at) baumgartner-data (dot) ch|OBF_EMAIL|bracket_at]]. Or mobile, I say it in Züritüütsch, [[nüll sibe nüün, vier eis zwei, drüü drüü, nüll acht|OBF_PHONE|digits_as_words_gsw]]. My GitHub is [[github.com/retobaum|URL]], and the same handle, [[@retobaum|SOCIAL_HANDLE]], on Mastodon. If you need it for the payment, the AHV number is [[756.4821.9930.17|NATIONAL_ID]].""")

# 4 France - paralegal, Lyon
T.append("""AI: Bonjour [[Amandine|PERSON]], thank you for accepting. Can you introduce yourself in a few words?

User: Bonjour! So, I am [[Amandine Roussel|PERSON]], I have [[29|AGE]] years, sorry, this is the French construction. I am [[juriste assistante|JOB_TITLE|french_term]], which is like a paralegal, at [[Cabinet Delorme & Associés|ORGANIZATION]] in [[Lyon|CITY]]. I work in the [[pôle contentieux des affaires|ORGANIZATION|french_term]], the commercial litigation team, with four lawyers. I prepare the files, the chronologies, the bordereaux de pièces, I follow the deadlines on [[RPVA|SOFTWARE]], this kind of thing. I studied at [[Université Lumière Lyon 2|SCHOOL]], a master in business law.

AI: How did AI tools enter the firm?

User: It is funny. Our oldest colleague is called [[Claude Berthier|PERSON]], he is assistant here since thirty years, and when [[the partners|GENERIC_ROLE]] announced "we will test [[Claude|AI_PRODUCT]]" he said "you already have [[Claude|PERSON]], and he is cheaper". Everybody laughed. Then the real tests started in [[septembre 2023|DATE|french_format]] with [[Doctrine|AI_PRODUCT]], a French legal platform, they added an assistant that searches the case law. And Maître [[Delorme|PERSON]] himself uses [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT]] because he likes that it is French. It is a bit patriotic, I think.

AI: What do you personally use it for?

User: Mostly for the chronologies. A client sends us two hundred emails in a zip, a big mess, and I must make a timeline: who said what, and when. I ask the tool to extract the dates and the parties, then I check everything against the originals, because once it wrote that a formal notice was sent on [[14/02/2024|DATE|french_format]] and in reality it was the twelfth. Two days, in a procedure, can change everything. Also I use [[DeepL|AI_PRODUCT]] for the English contracts, we have clients in [[Italy|COUNTRY]] and in [[Canada|COUNTRY]], and the lawyers want a French version to read in the train.

AI: Is there anyone in the team who refuses to use it?

User: Yes, Maître [[Fabre|PERSON]]. She prefers the [[Dalloz|SOFTWARE]] codes in paper, the red books. She says the AI has no responsibility and no insurance, and honestly she is right. And then our intern [[Yann Le Goff|PERSON]], who is the total opposite. He watches every conference of [[Yann LeCun|PUBLIC_FIGURE]], he says "we have the same first name, so it is my destiny". On his first day he wanted to put a full client file in [[ChatGPT|AI_PRODUCT]]! We stopped him just in time. [[Yann|PERSON]] is sweet, but since that day there is a charte informatique, signed by everyone.

AI: How has it changed your workload?

User: Less time on the chronologies, maybe a third less. But more time checking. And [[the partners|GENERIC_ROLE]] now expect things faster. Before, a chronology for [[Monday morning|GENERIC_TIME]] was normal to ask on Friday, now they say "but you have the AI, no?" So the time I save, it goes back to them, not to me. My boyfriend [[Mehdi|PERSON]] says I should ask for a raise in euros per prompt, haha.

AI: Merci. If we have follow-up questions, how can we contact you?

User: My personal email is [[amandine point roussel arobase orange point fr|OBF_EMAIL|spelled_at_dot_fr]]. Phone, I say it the French way, by pairs: [[zéro six, quarante-deux, dix-huit, soixante-dix-sept, trente-cinq|OBF_PHONE|digits_as_words_fr]]. I live in [[Villeurbanne|CITY]], just next to [[Lyon|CITY]], but for letters please use the office, [[27 rue Paul Bert, 69003|ADDRESS]] [[Lyon|CITY]]. And everybody here says [[Mandine|PERSON|nickname]], by the way.""")

# 5 Belgium - sworn translator, Mechelen
T.append("""AI: Hi, thanks for joining. Would you like to start by introducing yourself?

User: Sure. I'm [[Annelies Verhaegen|PERSON]], [[38|AGE]], and I'm a [[beëdigd vertaalster|JOB_TITLE|dutch_term]], a [[sworn translator|JOB_TITLE]], for Dutch, French and English. I work mostly through [[Linguaduct BV|ORGANIZATION]], an agency in [[Antwerpen|CITY]], and directly for two law firms. I grew up in [[Sint-Niklaas|CITY]], yes, it's a town, not only a saint, and now I live in [[Mechelen|CITY]] with my partner [[Joris|PERSON]] and our little one. I studied at [[KU Leuven|SCHOOL]], on the campus in [[Antwerpen|CITY]].

AI: Translation is probably one of the fields most affected by AI. How has it been for you?

User: Honestly, brutal at first. In [[2022|DATE]] I lost maybe thirty percent of the agency volume, because clients ran things through [[DeepL|AI_PRODUCT]] and then only wanted "post-editing" at half the rate. Now it's more stable. For sworn work, so birth certificates, court judgments, deeds for the notary, nobody can just use a machine, because I put my stamp and my signature and I'm registered at the court. The stamp is what they pay for, in the end, not the words.

AI: So how do you use the tools yourself?

User: I work in [[Trados Studio|SOFTWARE]] with my translation memories, there's a machine translation plug-in in it. For EU texts I sometimes compare with [[eTranslation|AI_PRODUCT]], the engine of the Commission. And I use [[ChatGPT|AI_PRODUCT]] like a colleague to argue with: is this term Belgian French or [[France|COUNTRY]] French? Because a "GSM" in [[Belgium|COUNTRY]] is a "portable" in [[France|COUNTRY]], and the machines mix it constantly. Flemish versus [[Netherlands|COUNTRY]] Dutch, same problem. "Het parket" is not a wooden floor here, it's the public prosecutor.

AI: Any memorable mistakes?

User: Oh yes. A client, Meester [[Van Damme|PERSON]], no relation to the actor, he always says it before you can ask, sent me a judgment that was already translated by a machine "to save time". It had translated "ter zitting" so that the judge was sitting on the defendant. Names are also a disaster: the machine turned a party called [[De Smet|PERSON]] into "the Smith", in a court document! And my colleague [[Kevin Claes|PERSON]] had a sports interview with [[Kevin De Bruyne|PUBLIC_FIGURE]] to translate, and the tool kept mixing the two Kevins in the footnotes. He still tells that story at every drink.

AI: How do you see the future of your profession in [[Belgium|COUNTRY]]?

User: Smaller, more specialised. The volume work is gone, I accept it. But as long as courts want a human with a stamp, there's a place for us. I also started training as a court interpreter, because you can't post-edit a person who is speaking in front of a judge. Mevrouw [[Peeters|PERSON]], who manages the register at the court, told me [[last month|GENERIC_TIME]] they are short of people for Dutch-Arabic and Dutch-Romanian, so maybe I should learn a fourth language, haha.

AI: Thank you, [[Annelies|PERSON]]. Could you leave contact details for follow-up?

User: Of course. Email: [[annelies apenstaartje linguaduct punt be|OBF_EMAIL|spelled_at_dot_nl]], the apenstaartje is the at sign, the little monkey tail. Mobile: [[nul vier zeven vijf, twaalf, vierendertig, zesenvijftig|OBF_PHONE|digits_as_words_nl]]. For invoices the agency always needs my BTW-nummer, [[BE 0712.345.678|NATIONAL_ID]], and for the sworn register they use the rijksregisternummer, [[86.02.11-274.53|NATIONAL_ID]], but I don't think you need that one. Friends call me [[Lies|PERSON|nickname]].""")

# 6 Netherlands - HR business partner, Amersfoort
T.append("""AI: Goedemiddag, and thanks for joining. Could you tell me a little about yourself and your job?

User: Hoi! I'm [[Sanne de Graaf-Bakker|PERSON]], the double name is from my marriage, most people just say [[Sanne|PERSON]]. I'm [[41|AGE]] and [[HR business partner|JOB_TITLE]] at [[Hoogendijk Logistiek B.V.|ORGANIZATION]], in the [[afdeling P&O|ORGANIZATION|dutch_term]], personeel en organisatie. We have around nine hundred people, warehouses and drivers mostly, and I'm the partner for the two distribution centres near [[Amersfoort|CITY]]. Before this I was eight years at the [[Gemeente Utrecht|ORGANIZATION]], in the public sector, so quite a culture change, believe me.

AI: Where do AI tools fit into your work?

User: Three places. First, recruitment: since [[3 mei 2021|DATE|dutch_format]] we use a chatbot called [[Olivia|AI_PRODUCT]], from an American vendor, that screens drivers and plans interviews through [[WhatsApp|SOFTWARE]]. Second, I use [[Copilot|AI_PRODUCT]] to draft policy texts and to summarise long [[Teams|SOFTWARE]] meetings. Third, our HR system [[AFAS|SOFTWARE]] has analytics for absenteeism now. The funny part: we also have a real [[Olivia|PERSON]] in the team, [[Olivia Bos|PERSON]], our recruiter, and candidates write "thank you [[Olivia|AI_PRODUCT]], you are so kind" to the bot, and then they are confused when a human calls them. [[Olivia|PERSON]] says she is the human upgrade.

AI: That's a nice example. Are there things you deliberately don't let the AI do?

User: Yes. Dismissals, sickness files, anything with the bedrijfsarts, the company doctor. Under the AVG, the GDPR, health is special category data, so no. And [[the works council|GENERIC_ROLE]] was very clear in [[2023|DATE]]: no automated decisions about people, only support. Mevrouw [[Jansen|PERSON]] from the ondernemingsraad sits in every evaluation of a new tool, and she reads the small print, which I respect a lot. Honestly, she reads it better than our legal department.

AI: Have there been any surprises from colleagues?

User: My colleague [[Siri Halvorsen|PERSON]], she is Norwegian, our payroll specialist, suffered the most. Every time someone says "hey [[Siri|AI_PRODUCT]]" in a meeting, half the iPhones wake up, and she answers too. So she asked to disable [[Siri|AI_PRODUCT]] on the company phones, and IT actually did it, only for her. Also [[Mark|PERSON]] from finance uses [[ChatGPT|AI_PRODUCT]] to write his speeches for farewell parties, and they all sound like [[Mark Rutte|PUBLIC_FIGURE]] at a press conference: very optimistic, very long, nothing concrete.

AI: How do you feel about it overall?

User: Positive, but tired. Every vendor sells me "AI" now, even the coffee machine supplier, I'm not joking. I have two kids, [[Lotte|PERSON]] and [[Daan|PERSON]], and at home it's the same discussion about homework. I studied HRM at the [[Hogeschool Utrecht|SCHOOL]], and back then nobody talked about algorithms, we talked about conversations. I still believe the conversation is the job. The tool gives me time for more of them, if I protect that time, which is the hard part. [[My director|GENERIC_ROLE]] sees the hours saved and wants to cut a position, and I see the hours saved and want to spend them on the night shift, where people never see HR at all.

AI: Thanks, [[Sanne|PERSON]]. How can we reach you afterwards?

User: Private mail is fine: [[sanne.degraaf[at]ziggo[dot]nl|OBF_EMAIL|bracket_at]]. Phone [[nul zes, 41 28 77 90|OBF_PHONE|mixed_words_digits]]. I'm on LinkedIn as [[linkedin.com/in/sannedegraafbakker|URL]]. And if you send the gift voucher by post: [[Leusderweg 112, 3817 KB|ADDRESS]] [[Amersfoort|CITY]].""")

# 7 Italy - procurement, San Donato Milanese
T.append("""AI: Buongiorno, thanks for being here. Could you introduce yourself?

User: Buongiorno! I'm [[Chiara Lombardini|PERSON]], [[35|AGE]] years old, [[buyer senior|JOB_TITLE|italian_term]], senior buyer, in the [[Ufficio Acquisti Indiretti|ORGANIZATION|italian_term]] of [[Ferromeccanica Lombarda S.p.A.|ORGANIZATION]]. The headquarters is in [[San Donato Milanese|CITY]], yes, named after a saint, like half of [[Italy|COUNTRY]]. I buy everything that is not raw material: IT services, cleaning, company cars, consultancy, the coffee machines. I studied economics at [[Bocconi|SCHOOL]], and I live in [[Lodi|CITY]], so I commute with the regional train, when it runs.

AI: How are you using AI in procurement?

User: First thing, honestly, is tenders. When we prepare a gara, a tender, the technical specification comes from the engineers, and it is written... let's say like engineers write. Ing. [[Ferraro|PERSON]] sends me twelve pages with no structure. I use [[Copilot|AI_PRODUCT]] to turn it into a clean capitolato, with lots and evaluation criteria. Second is spend analysis: in [[Coupa|SOFTWARE]] we have the data, I export to [[Excel|SOFTWARE]] and ask the AI to find suppliers we use for the same thing in different plants. We found three different cleaning companies for the same site, imagine.

AI: Do you remember when you started?

User: Yes, the [[12/03/2024|DATE|italian_format]], because that day [[my boss|GENERIC_ROLE]], Dott.ssa [[Bianchi|PERSON]], came back from a conference and said "from today we are data-driven". Everybody rolled the eyes. But she was right, in a way. She pushed for the licences, and IT approved [[Microsoft 365 Copilot|AI_PRODUCT]] for our office first, even before sales, and sales was very jealous.

AI: Any problems or funny moments?

User: Funny: my colleague [[Giorgia Santoro|PERSON]] asked [[ChatGPT|AI_PRODUCT]] to draft a letter to a supplier and to sign it "[[Giorgia|PERSON]]". The first version started with "Io sono [[Giorgia|PERSON]]", like the famous speech of [[Giorgia Meloni|PUBLIC_FIGURE]]. We laughed for ten minutes, then we deleted it very quickly. A problem: we renewed the fleet, and the tool compared the lease offers but it put the Alfa Romeo Tonale and the Jeep Avenger in the same category and used the old rules for the fringe benefit tax. So now I always check with the [[Ufficio Personale|ORGANIZATION|italian_term]] before anything goes to the employees.

AI: What about confidentiality, supplier prices and so on?

User: Very careful. Supplier offers are confidential, and we never paste prices together with the supplier name in public tools. In [[Coupa|SOFTWARE]] there is now an assistant inside, and also in the [[SAP Ariba|SOFTWARE]] demo we saw one, so maybe that will be the way, inside the system. My husband [[Matteo|PERSON]] works in IT security for a bank and he gave me a very long lesson about it at dinner, with drawings on the napkin. Now I am a little paranoid, which is probably good for a buyer.

AI: Grazie, [[Chiara|PERSON]]. How can we get in touch if we have further questions?

User: Write to [[chiara.lombardini chiocciola libero punto it|OBF_EMAIL|spelled_at_dot_it]], chiocciola is the snail, our word for the at. Or phone, [[tre quattro sette, uno due tre, quattro cinque sei sette|OBF_PHONE|digits_as_words_it]]. For the university forms, my codice fiscale is [[LMBCHR89C52F205X|NATIONAL_ID]]. At the office they call me [[Chicca|PERSON|nickname]], but please not in the report, haha.""")

# 8 Greece - journalist, Athens
T.append("""AI: Kalimera, and thank you for speaking with me. Could you tell me about yourself and your work?

User: Kalimera! I'm [[Eleni Karamanli|PERSON]], in Greek [[Ελένη Καραμανλή|PERSON|native_script]], I'm [[44|AGE]], and I'm a [[senior reporter|JOB_TITLE]] on the economy desk at [[Nea Ora Media|ORGANIZATION]], a news website with a weekly paper in [[Athens|CITY]]. Before that, eleven years at a daily that closed during the crisis. I studied communication and media at [[Panteion University|SCHOOL]]. I live in [[Agia Paraskevi|CITY]], it's a suburb in the north-east, named after a saint, and half the women on my street are also called Paraskevi, so the post gets confused.

AI: How do you use AI in your reporting?

User: Mostly transcription. I do many interviews in Greek, sometimes one hour with a shipowner or with a ministry advisor, and before I typed everything myself at night. Now I use [[Whisper|AI_PRODUCT]] through a small app that our developer [[Kyriakos Antoniou|PERSON]] made for the newsroom. Greek is not perfect, it writes names wrong, it loves to write "[[Mitsotakis|PUBLIC_FIGURE]]" even when nobody said it, because of course the model heard a lot of [[Kyriakos Mitsotakis|PUBLIC_FIGURE]] in its data. And our [[Kyriakos|PERSON]] is very offended when the app gives him the prime minister's surname.

AI: Are there things you won't use it for?

User: Writing. I don't let it write my articles. For headlines, sometimes, I ask [[ChatGPT|AI_PRODUCT]] for ten options and I take none, but it helps me think. And fact-checking, never, it invents numbers. Once it gave me an unemployment figure for [[Greece|COUNTRY]] that was five years old, with a very confident tone. Our editor, kyria [[Papadaki|PERSON]], made a rule on [[12/3/2023|DATE|greek_format]], after a bad correction we had to publish: every number needs a human source. She printed it and put it on the wall next to the first edition.

AI: What about your sources, do you worry about confidentiality?

User: A lot. When people from the ministry or from a bank talk to me, they trust me. I can't upload their voice to an American server. So the [[Whisper|AI_PRODUCT]] app runs on our own machine in the office, [[Kyriakos|PERSON]] insisted on that. For the really sensitive ones I still transcribe by hand, like the old times. I use [[Signal|SOFTWARE]] with sources, and I never put their names in [[Google Docs|SOFTWARE]], I use codes, like fruit names.

AI: How do your colleagues feel about it?

User: Divided, mostly by age. The young ones use [[Gemini|AI_PRODUCT]] for everything, even for the coffee order. The older ones say it will kill the profession. I'm in the middle, [[44|AGE]], so I am the interpreter between the two camps at the Monday meeting. My son [[Giorgos|PERSON]] is [[fifteen|AGE]] and he thinks I am a dinosaur anyway, because I still buy the paper edition on Sundays.

AI: Thank you, [[Eleni|PERSON]]. How can we contact you after today?

User: Email me at [[ekaramanli papaki gmail teleia com|OBF_EMAIL|spelled_at_dot_el]], papaki, the little duck, is what we call the at sign. Or the work one, [[e.karamanli@neaοra.gr|OBF_EMAIL|homoglyph_greek]], sorry if the keyboard puts a Greek letter inside, it happens to me. Mobile [[694.412.3387|OBF_PHONE|dotted_digits]]. On X I'm [[@elenikaram|SOCIAL_HANDLE]]. And friends call me [[Lena|PERSON|nickname]].""")

# 9 Poland - data engineer, Warsaw
T.append("""AI: Dzień dobry, and thank you for joining. Could you introduce yourself?

User: Dzień dobry. I am [[Katarzyna Wróblewska|PERSON]], but everybody says [[Kasia|PERSON|nickname]]. I'm [[thirty-two|AGE]], [[data engineer|JOB_TITLE]] in [[Bank Wiślany S.A.|ORGANIZATION]], in the [[Zespół Hurtowni Danych|ORGANIZATION|polish_term]], the data warehouse team. The office is in [[Warszawa|CITY]], on [[Mokotów|CITY]], near the business district that people call Mordor because of the traffic and the grey buildings. I come from [[Zielona Góra|CITY]] originally, and I studied at [[Politechnika Warszawska|SCHOOL]].

AI: What does your daily work look like, and where is AI in it?

User: We move data from the core banking into the warehouse, and from there into reports for risk and for the regulator. The stack is [[Databricks|SOFTWARE]], [[Airflow|SOFTWARE]], and a lot of old [[Oracle|SOFTWARE]] PL/SQL. AI is [[GitHub Copilot|AI_PRODUCT]] since [[15.09.2022|DATE|polish_format]], I was in the pilot group of ten people. Now it's half the department. I use it for boilerplate, for tests, and to explain old procedures written by someone who left many years ago and commented in a mix of Polish and Russian.

AI: Has anything gone wrong?

User: Once, yes. [[Copilot|AI_PRODUCT]] suggested a join that duplicated rows for clients with two addresses. The report had slightly too many clients, we caught it in the reconciliation, thanks to Pani [[Basia|PERSON|nickname]] from controlling, she checks every number with a calculator, literally, a real one with paper. After that my team lead, Pan [[Tomasz Zieliński|PERSON]], introduced a rule: AI-generated SQL needs two reviewers. [[Tomek|PERSON|nickname]] is usually very calm, but that day he was not calm at all.

AI: Do you use AI outside coding?

User: For documentation in English, yes, [[ChatGPT|AI_PRODUCT]], and sometimes [[Bielik|AI_PRODUCT]], a Polish open model. We tested it on internal hardware because it understands Polish banking terms better. Also for meetings, [[Teams|SOFTWARE]] makes a summary. My colleague [[Robert Nowicki|PERSON]] hates it, he says the summary of every meeting is "[[Robert|PERSON]] disagreed". And of course, a [[Robert|PERSON]] in a Polish office, everyone compares him with [[Robert Lewandowski|PUBLIC_FIGURE]], but he plays terribly at the company football tournament.

AI: How do you think your role will change?

User: Less typing, more checking, more responsibility. The AI writes the code, but I sign the change request. I also mentor two students from the [[Politechnika|SCHOOL]] and I tell them: learn to read code, not only to generate it. My mother in [[Zielona Góra|CITY]] asks me every Sunday if the AI will take my job. I say not before it learns what a regulatory report is, and who to call when it's late. Honestly, what changed most is the review culture. Before, a pull request from a senior person was approved in five minutes, out of respect. Now everyone reads everything, because nobody knows which lines a human wrote and which lines the machine wrote. It is slower, but the quality is better, and the juniors are less afraid to comment on the code of seniors.

AI: Thank you, [[Kasia|PERSON]]. How can we reach you?

User: Private email: [[kasia.wroblewska małpa wp kropka pl|OBF_EMAIL|spelled_at_dot_pl]], "małpa" is monkey, this is how we say the at sign. Phone: [[sześćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem|OBF_PHONE|digits_as_words_pl]]. LinkedIn: [[linkedin.com/in/kwroblewska-data|URL]]. If the university needs PESEL for the contract, it's [[92061804562|NATIONAL_ID]].""")

# 10 Hungary - internal auditor, Budapest
T.append("""AI: Jó napot, and thanks for joining. Could you start with a short introduction?

User: Jó napot kívánok. My name is [[Kovács Péter|PERSON|family_name_first]], in Hungary the family name is first, so for you [[Péter Kovács|PERSON]]. I am [[42|AGE]], [[negyvenkét|AGE|hungarian_words]] éves as we say, and I work as [[belső ellenőr|JOB_TITLE|hungarian_term]], internal auditor, at [[Dunamenti Energia Zrt.|ORGANIZATION]], in the [[Belső Ellenőrzési Főosztály|ORGANIZATION|hungarian_term]]. The company is in [[Budapest|CITY]], I live in [[Zugló|CITY]], the fourteenth district. I grew up in [[Debrecen|CITY]] and I studied at the [[Budapesti Corvinus Egyetem|SCHOOL]].

AI: How do AI tools fit into internal audit at your company?

User: Slowly. Internal audit is conservative by nature, we are the people who say no. But since [[2023. szeptember 4.|DATE|hungarian_format]], I remember because it was the first working day after the summer holiday, we have [[Microsoft 365 Copilot|AI_PRODUCT]] licences in our department as a pilot. I use it to read long procurement files and to show where the approval chain is broken. For data analytics we use [[IDEA|SOFTWARE]] and [[Power BI|SOFTWARE]] for years, that is not new, but now I can ask in normal language: show me invoices approved by the same person who created the supplier.

AI: Is there anything Hungarian-specific about it?

User: The language! Hungarian is hard for the models, all the suffixes. [[ChatGPT|AI_PRODUCT]] is okay, but for internal documents we tested [[PULI GPT|AI_PRODUCT]], a Hungarian model from a research institute, it knows the words better. Also names: the tools always confuse family name and given name. My colleague [[Kiss Viktor|PERSON|family_name_first]] gets emails as "Dear Mr. [[Viktor|PERSON]]". And when we tested AI transcription on a meeting recording, every time somebody said "[[Viktor|PERSON]]", it wrote "[[Orbán Viktor|PUBLIC_FIGURE]]", because in Hungarian data this name is mostly the prime minister. We laughed, but it also shows the bias.

AI: What about confidentiality and rules?

User: Our head of department, dr. [[Szabó Anna|PERSON|family_name_first]], the "dr." is because she is a lawyer, in Hungary lawyers have it, she wrote the rules together with the data protection officer. No personal data in public tools, no audit findings before they are final. I agree fully. The fines are not a joke. Also we are a company with state ownership, so there is political sensitivity, everything we write can end up in the newspapers.

AI: Has it changed how you work day to day?

User: Yes, I write faster, the first draft of an audit report is maybe two hours instead of a day. But the thinking is the same, and the arguing with the auditees is the same. My wife [[Katalin|PERSON]], [[Kata|PERSON|nickname]], is a teacher, and she says her students do the same thing, fast draft, no thinking. We have a daughter, [[Lili|PERSON]], she is [[nine|AGE]], she asks the voice assistant about horses all day long.

AI: Thank you, [[Péter|PERSON]]. How can we contact you?

User: Email: [[kovacs.peter kukac freemail pont hu|OBF_EMAIL|spelled_at_dot_hu]], kukac means worm, it is the at sign for us. Phone, in Hungarian: [[nulla hat, harminc, négyszáztizennyolc, huszonkettő, kilencvenhét|OBF_PHONE|digits_as_words_hu]]. For the voucher they asked my TAJ number, the social security card: [[038 412 776|NATIONAL_ID]]. Friends say [[Peti|PERSON|nickname]].""")

# 11 Croatia - product manager, Zagreb
T.append("""AI: Bok, and thanks for joining. Could you tell me who you are and what you do?

User: Bok! I'm [[Ivana Babić|PERSON]], [[31|AGE]], [[senior product manager|JOB_TITLE]] at [[Jadran Softver d.o.o.|ORGANIZATION]] in [[Zagreb|CITY]], we are in [[Trešnjevka|CITY]], in an old factory building. We make a booking and payments platform for small holiday apartments on the coast, the owners who rent two or three rooms in summer. I'm originally from [[Split|CITY]], so I know these users very well, my aunt [[Marija|PERSON]] has four apartments there and she is my favourite beta tester, and my harshest. I studied at the [[Fakultet elektrotehnike i računarstva|SCHOOL]], then I switched from engineering to product.

AI: Where does AI come into your product work?

User: Everywhere, honestly. Discovery interviews: I record them, [[Otter|AI_PRODUCT]] transcribes the English ones, but for Croatian it's bad, so for Croatian I use [[Whisper|AI_PRODUCT]] and then [[Claude|AI_PRODUCT]] to cluster the pain points. Specs: I write the first PRD with [[ChatGPT|AI_PRODUCT]] and then I rewrite it in [[Confluence|SOFTWARE]]. And in the product itself we launched on [[15. 3. 2024.|DATE|croatian_format]] a feature that writes the apartment descriptions in six languages. The product line is called Biokovo, like the mountain, all our products have mountain names, it's a tradition from the founders.

AI: What has worked and what hasn't?

User: The descriptions work great for German and English. For Croatian, the model writes like a tourist brochure from the nineties, "sun-kissed paradise", the owners hated it. And once it invented a swimming pool for an apartment that has no pool. The guest arrived with an inflatable flamingo and was very angry, he wrote a terrible review. After that our CTO, gospodin [[Horvat|PERSON]], made a rule: the owner must approve every generated text before it goes live. Small rule, big difference. Also we added a checklist of facts the model is not allowed to add: pool, parking, sea view, pets.

AI: How do you work with engineers around AI?

User: My tech lead is [[Luka Perić|PERSON]], and because of the name everyone asks him about football, "[[Luka|PERSON]], how is the knee, [[Luka Modrić|PUBLIC_FIGURE]] style?" He hates football, which is the best part of the joke. [[Luka|PERSON]] uses [[Cursor|AI_PRODUCT]] and [[GitHub Copilot|AI_PRODUCT]] a lot, and he is honest with me: the estimates are not half now, maybe twenty percent less, because the review takes time. I used to believe the hype on [[LinkedIn|SOFTWARE]] that everything is ten times faster. It isn't. It's a bit faster and a bit more chaotic.

AI: Any concerns about data?

User: GDPR, of course, and guest data, the passport numbers for the eVisitor registration, that's the national system where every tourist must be registered. That never goes to any model, it stays in our database, encrypted. We had a long discussion with our lawyer, odvjetnica [[Vesna Kovačević|PERSON]], in [[January 2024|DATE]], and she made us write down every data flow on a whiteboard. It took a whole day. It was painful, but now I can answer any question from a partner in two minutes, so it paid off.

AI: Thanks, [[Ivana|PERSON]]. How can we follow up with you?

User: Email: [[ivana.babic et gmail točka com|OBF_EMAIL|spelled_at_dot_hr]], we say "et" for the at. Mobile: [[nula devedeset jedan, dvjesto trideset četiri, pedeset šest, sedamdeset osam|OBF_PHONE|digits_as_words_hr]]. My OIB if you need it for the payment: [[48291736054|NATIONAL_ID]]. And on [[LinkedIn|SOFTWARE]] I'm [[linkedin.com/in/ivanababic-pm|URL]]. Close friends call me [[Ivka|PERSON|nickname]], but not at work, please.""")

# 12 Serbia - paralegal, Belgrade
T.append("""AI: Dobar dan, and thanks for taking the time. Could you start by introducing yourself?

User: Dobar dan. I'm [[Milica Petrović|PERSON]], or in Cyrillic [[Милица Петровић|PERSON|native_script]], the court documents are in Cyrillic, the emails in Latin, we live in two alphabets. I am [[27|AGE]], [[pravna saradnica|JOB_TITLE|serbian_term]], something like paralegal or legal associate, at [[Advokatska kancelarija Jovanović i partneri|ORGANIZATION|serbian_term]] in [[Beograd|CITY]], our office is in [[Novi Beograd|CITY]], in Blok 21. I finished the [[Pravni fakultet Univerziteta u Beogradu|SCHOOL]] and I'm preparing for the bar exam, the pravosudni ispit, which is a nightmare.

AI: How does AI show up in your work at the firm?

User: I do a lot of drafting for corporate clients: share transfer agreements, NDAs, employment contracts. Many clients are foreign companies, so everything is bilingual, Serbian and English. I use [[ChatGPT|AI_PRODUCT]] for the first English draft and for checking that the two language versions say the same thing. For Serbian law I use [[Paragraf Lex|SOFTWARE]], the legal database, because the AI doesn't know our regulations well. It mixes Serbian and Croatian law all the time, they look similar, but they are not the same, and the differences are exactly where the problems are.

AI: Can you remember a concrete moment where it helped or didn't?

User: On [[12. 3. 2024.|DATE|serbian_format]] we had a due diligence with a deadline, forty employment contracts in one night. I used the tool to make a table: notice period, non-compete, salary, bonus. It saved me maybe five hours. But it made one error, it read an "otkazni rok" of eight days as eight months. Advokat [[Jovanović|PERSON]], the senior partner, found it in the morning. He said nothing, just circled it with a red pen and put it on my desk. That was worse than shouting.

AI: How do your colleagues react to these tools?

User: The intern, [[Novak Ilić|PERSON]], yes, [[Novak|PERSON]], and he is tired of the [[Novak Đoković|PUBLIC_FIGURE]] jokes, especially because he doesn't play tennis, only chess, he is the biggest fan of AI in the office, he uses it for everything, even for his love messages, I think. The partners are older and skeptical. Our office manager, gospođa [[Ljiljana|PERSON]], uses it to write letters to the court in the correct formal style. She says it is very polite, more polite than the lawyers, which is true.

AI: Are there risks you're particularly aware of?

User: Confidentiality, attorney-client privilege. We never put client names or the JMBG of employees into public tools. I anonymise everything manually before, I replace the names with "Party A", "Employee 1", and so on. Also [[Viber|SOFTWARE]] is how half of our clients communicate, which is its own problem, they send scans of ID cards on [[Viber|SOFTWARE]]. The firm is discussing an enterprise licence for [[Microsoft Copilot|AI_PRODUCT]], but the price in euros for a firm in [[Serbia|COUNTRY]] is a lot, so the partners are still calculating.

AI: Hvala, [[Milica|PERSON]]. What's the best way to reach you?

User: My email is [[milica.petrоvic@gmаil.com|OBF_EMAIL|homoglyph_cyrillic]], sorry, my keyboard switches to Cyrillic sometimes, if it bounces, check the letters. Phone: [[nula šezdeset četiri, sto dvadeset tri, četrdeset pet, šezdeset sedam|OBF_PHONE|digits_as_words_sr]]. For the contract with your university I already sent my JMBG, [[0703997715123|NATIONAL_ID]]. Friends call me [[Mica|PERSON|nickname]].""")

# 13 Turkey - customs broker, Istanbul
T.append("""AI: Merhaba, thank you for joining. Could you introduce yourself?

User: Merhaba. I'm [[Ayşe Nur Demirtaş|PERSON]], [[gümrük müşaviri|JOB_TITLE|turkish_term]], licensed customs broker, at [[Anadolu Gümrük Müşavirliği Ltd. Şti.|ORGANIZATION]]. Our office is in [[Ataşehir|CITY]], on the Asian side of [[İstanbul|CITY]], and I live in [[Kadıköy|CITY]]. [[Otuz sekiz|AGE|turkish_words]] yaşındayım, I mean I am [[38|AGE]]. At the office everybody calls me [[Ayşe|PERSON]] Hanım, it's how we show respect, and the young ones say "abla", big sister.

AI: What kinds of shipments do you handle, and where does AI come in?

User: Mostly imports, textile and automotive parts, through the port and the airport. Every declaration goes into [[BİLGE|SOFTWARE]], the customs system of the ministry. AI comes in two places. First, GTİP, the tariff codes: I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to check my reasoning for difficult products, like a car seat cover with a heating element inside. Second, documents. The invoices come from [[Germany|COUNTRY]], [[China|COUNTRY]], [[Vietnam|COUNTRY]], in all languages, and the AI reads them and makes a table, which I paste into [[Logo Tiger|SOFTWARE]], our ERP.

AI: When did you start using these tools?

User: On [[12 Mart 2023|DATE|turkish_format]]. I remember because of the earthquake aid shipments, we worked day and night in those weeks, and a colleague showed me it can read a packing list in Korean. Since then, every day. My colleague [[Orhan Yıldız|PERSON]], [[Orhan|PERSON]] Bey, he is the oldest, [[sixty-one|AGE]], he says "the machine reads but doesn't understand". He loves to quote [[Orhan Pamuk|PUBLIC_FIGURE]] about memory and museums, and the new trainees think he is quoting himself. He doesn't correct them.

AI: Has the AI ever caused a problem in a declaration?

User: Once it suggested a code with lower duty, for a product that is actually under anti-dumping measures. If I used it, the client would pay a big penalty later, and my licence is on the line, not the machine's licence. Our general manager, [[Mehmet Kaya|PERSON]] Bey, then decided: AI is only for reading documents, the code is always decided by a human müşavir. I agree. Also we don't upload the vergi numarası, the tax numbers of our clients, anywhere. We have a paper on the wall: "Müşteri bilgisi yapay zekaya girmez", client data does not go into AI.

AI: How do you see your profession's future?

User: The paperwork part will be automated, maybe in five years. But customs is negotiation, with the inspectors, with the clients, with the warehouse. A machine cannot drink tea with the inspector at the customs office and explain why the container is late. I studied international trade at [[Marmara Üniversitesi|SCHOOL]], and my daughter [[Zeynep|PERSON]], she is [[on iki|AGE|turkish_words]], [[twelve|AGE]], wants to be a software engineer. Maybe she will build the thing that replaces me, haha. Then at least the money stays in the family.

AI: Teşekkürler, [[Ayşe|PERSON]] Hanım. How can we reach you?

User: Email: [[aysenur.demirtas et işareti anadolugumruk nokta com nokta tr|OBF_EMAIL|spelled_at_dot_tr]]. Mobile: [[sıfır beş yüz otuz iki, dört yüz on iki, yirmi iki, doksan yedi|OBF_PHONE|digits_as_words_tr]]. On LinkedIn: [[linkedin.com/in/aysenurdemirtas|URL]]. If you need it for the payment, TC kimlik numaram [[38412077516|NATIONAL_ID]].""")

# 14 Israel - product manager, Herzliya
T.append("""AI: Hi, thanks for joining. Could you start by introducing yourself?

User: Sure. I'm [[Noa Ben-Ami|PERSON]], [[36|AGE]], [[group product manager|JOB_TITLE]] at [[Lumen Health|ORGANIZATION]], a startup, we do remote monitoring for heart patients. We're in [[Herzliya Pituach|CITY]], the tech area by the sea. Yes, [[Herzliya|CITY]] is named after [[Herzl|PUBLIC_FIGURE]], you would be surprised how many foreign investors ask me if it's a person. I live in [[Ramat Gan|CITY]], and I studied industrial engineering at the [[Technion|SCHOOL]].

AI: How does AI fit into your product work?

User: In two ways, the product and the process. In the product, we have an ML model that flags arrhythmias, but that's regulated, FDA and CE, so it's not "AI" in the [[ChatGPT|AI_PRODUCT]] sense, it's a validated algorithm, frozen, documented. In my process, I use [[Claude|AI_PRODUCT]] every day, for PRDs, for release notes, for synthesizing customer calls. Our calls are recorded in [[Gong|SOFTWARE]], and I ask it things like "what did the cardiologists complain about this month".

AI: Any moments where it surprised you, positively or negatively?

User: Negatively, once: it summarized a call and said a hospital in [[Germany|COUNTRY]] wanted a feature, but actually they said they don't want it. The negation got lost. My designer [[Gal Mizrahi|PERSON]] caught it because she was on the call. [[Gal|PERSON]] is the person everyone asks "like [[Gal Gadot|PUBLIC_FIGURE]]?", and she says "no, like [[Gal|PERSON]] from [[Bat Yam|CITY]]". Positively: our CTO, [[Elon Shapira|PERSON]], yes, [[Elon|PERSON]], it's a normal Hebrew name, it means oak tree, it existed long before [[Elon Musk|PUBLIC_FIGURE]], he built a small internal agent that reads the [[Jira|SOFTWARE]] tickets and writes the first draft of the sprint summary. That one is actually great.

AI: How do you manage sensitive data, given it's health?

User: Strictly. Patient data never leaves our cloud. For the language models we use a private deployment with no retention. One of our clients, [[Sheba Medical Center|ORGANIZATION]], audited us last year, and our privacy officer, Dr. [[Yael Stern|PERSON]], reviews every new tool before anyone touches it. And to be honest, since [[October 2023|DATE]], with the war, half of the team was in miluim, reserve duty, for months, and these tools helped us keep the roadmap going with fewer people. I don't love saying it, but it's true.

AI: What about your personal use?

User: My husband [[Itai|PERSON]] and I have two kids, and I use [[ChatGPT|AI_PRODUCT]] to plan the week, the chugim, the afternoon activities, who drives whom. My mother is horrified, she has a paper calendar on the fridge. Also Hebrew is right-to-left, and the tools sometimes mix the direction inside documents, numbers jump to the wrong side of the sentence. It's a small daily pain that nobody who builds these tools seems to notice.

AI: Thanks, [[Noa|PERSON]]. How can we reach you for follow-up?

User: Email: [[noa.benami shtrudel gmail nekuda com|OBF_EMAIL|spelled_at_dot_he]], shtrudel is how we say the at sign, like the pastry. Phone: [[zero five four, seven seven one, nine oh three two|OBF_PHONE|digits_as_words]]. LinkedIn is [[linkedin.com/in/noabenami|URL]]. And in Hebrew my name is [[נועה בן עמי|PERSON|native_script]], if you need it for the form.""")

# 15 UAE - procurement officer, Dubai
T.append("""AI: Good morning and thank you for joining. Could you introduce yourself?

User: Good morning. My name is [[Mariam Al Hammadi|PERSON]], I'm [[39|AGE]], and I'm a [[senior procurement officer|JOB_TITLE]] at [[Al Noor Facilities Management LLC|ORGANIZATION]] in [[Dubai|CITY]], in the [[Contracts & Procurement Section|ORGANIZATION]]. We manage cleaning, security and maintenance for towers and some government buildings. I live in [[Al Barsha|CITY]], and I studied business at [[Zayed University|SCHOOL]]. In the family and with older colleagues many people call me [[Umm Saeed|PERSON|kunya]], after my eldest son [[Saeed|PERSON]].

AI: How has AI changed procurement in your organisation?

User: Quite a lot in the last two years. The government pushes AI very strongly here, the [[UAE|COUNTRY]] even has a minister for AI, so our management wanted to show something quickly. We use [[ChatGPT|AI_PRODUCT]] Enterprise for drafting RFQs and evaluating bids, and we tested [[Jais|AI_PRODUCT]] because it is strong in Arabic, many of our subcontractors send quotations in Arabic only. Our ERP is [[Oracle|SOFTWARE]], and the vendor portal is connected to it.

AI: Can you describe a specific task where it helps?

User: Bid comparison. When we tender, for example, the cleaning of a building, we receive ten or twelve offers, each in a different format: some PDF, some scanned, some in Arabic, some in English. Before, my colleague [[Mohammed Siddiqui|PERSON]] and I spent two days making the comparison sheet in [[Excel|SOFTWARE]]. Now the tool extracts the rates, the manpower, the exclusions, and then we check. [[Mohammed|PERSON]] is from [[Kerala|CITY]], and he jokes that in our company there are so many Mohammeds that he is "[[Mohammed|PERSON]] from procurement", not to be confused with Sheikh [[Mohammed bin Rashid|PUBLIC_FIGURE]] on the posters in the lobby.

AI: Have there been problems?

User: Yes. One time the tool mixed the currency, one supplier quoted in US dollars and it treated the numbers as dirhams. The difference is almost four times! [[My manager|GENERIC_ROLE]], Mr. [[Khalid Al Marzouqi|PERSON]], found it at the approval stage, thank God. Since [[12/03/2024|DATE]] we have a checklist, and every AI output must be signed by a human officer. Another problem: suppliers now also use AI to write their proposals, so all proposals sound the same, very beautiful English, and you cannot tell who really has the capacity and who only has a good chatbot.

AI: How do you feel personally about these tools?

User: I like them. I have three children and working in procurement means deadlines, always. Whatever gives me my evening back, I welcome it. But I also teach my team, especially the young Emirati graduates, to read the contract, not only the summary. During [[Ramadan|GENERIC_TIME]], when working hours are shorter, the tools really help us to finish on time. And my daughter [[Hessa|PERSON]] uses it to practise her English essays, with my supervision.

AI: Thank you, [[Mariam|PERSON]]. How could we follow up with you?

User: Email: [[mariam.alhammadi (at) alnoorfm (dot) ae|OBF_EMAIL|bracket_at]]. Mobile, I'll write it how it is on my card in Arabic: [[٠٥٠ ٤١٢ ٧٧٣٠|OBF_PHONE|arabic_indic_digits]]. For the research consent form they asked my Emirates ID, it's [[784-1985-4471203-6|NATIONAL_ID]]. And home address if you send a gift: [[Villa 14, Street 23, Al Barsha 2|ADDRESS]], [[Dubai|CITY]].""")

# 16 Saudi Arabia - HR business partner, Riyadh
T.append("""AI: Assalamu alaikum, and thank you for joining. Could you start by telling me about yourself?

User: Wa alaikum assalam. I'm [[Abdulaziz Al-Qahtani|PERSON]], [[HR business partner|JOB_TITLE]] at [[Nama Petrochemical Services|ORGANIZATION]], in the [[Human Capital Sector|ORGANIZATION]]. I am based in [[Riyadh|CITY]], our office is in [[Al Olaya|CITY]], but I grew up in [[Al Khobar|CITY]] in the Eastern Province. I'm [[33|AGE]], or [[34|AGE|hijri_age]] if you count by the Hijri calendar, my mother always counts Hijri, so at home I am older. I did my bachelor at [[King Fahd University of Petroleum and Minerals|SCHOOL]] and a master in the [[UK|COUNTRY]].

AI: How do AI tools show up in HR for you?

User: In many ways. Recruitment first: we receive thousands of CVs for the graduate programs, and the screening has AI features inside [[SuccessFactors|SOFTWARE]]. Then policies, I use [[ChatGPT|AI_PRODUCT]] to draft, in Arabic and English, because all policies must be bilingual. And recently we tried [[ALLaM|AI_PRODUCT]], the Saudi model, because the Arabic is more natural for HR letters, more formal, like a Saudi would write, not like something translated from English.

AI: Could you give an example of a case where it mattered?

User: Saudization, Nitaqat. Every quarter I check our percentages in [[Qiwa|SOFTWARE]], the ministry platform, and plan the hiring. I asked the tool to model scenarios: if we hire ten Saudi engineers and two expats leave, how does our band change. It helped, but one number was wrong because it used the rules from before the update in [[Rajab 1445|DATE|hijri]]. My colleague [[Salman Al-Dosari|PERSON]] rebuilt the model properly in [[Excel|SOFTWARE]]. [[Salman|PERSON]] is the real brain of workforce planning. Of course, with his name, whenever the Crown Prince [[Mohammed bin Salman|PUBLIC_FIGURE]] talks about Vision 2030 on TV, everybody in the office looks at [[Salman|PERSON]] as if he is personally responsible for the targets.

AI: Are there cultural aspects in how people accept AI?

User: Yes. Older managers prefer to talk face to face, majlis style, not with chatbots. A decision about a person is made in a conversation, with coffee, not in a system. Also gender: in the last years many women joined our company, which is great, and the AI recruitment tools must be checked for bias. Ustadha [[Nouf Al-Harbi|PERSON]], she leads diversity and inclusion, tested the screening on anonymized CVs and found it preferred certain universities too much. We changed the weights. And privacy: the personal data protection law is new, so legal is very careful.

AI: And personally, how do you use it?

User: I use it to learn. In the evenings I ask [[Claude|AI_PRODUCT]] to explain labour law cases, and I ask it to argue against me, which is useful for HR. My son [[Faisal|PERSON]] is [[five|AGE]], so people now call me [[Abu Faisal|PERSON|kunya]]. He talks to the voice assistant in Arabic and it answers in English, he is confused, and I am amused. My wife says I spend more time talking to the AI than to her, which is not true, mostly.

AI: Thank you, [[Abdulaziz|PERSON]]. How can we contact you later?

User: Email: [[a.alqahtani at namaps dot com dot sa|OBF_EMAIL|spelled_at_dot]]. Mobile: [[0 5 0 4 1 2 8 8 3 1|OBF_PHONE|spaced_digits]]. The national address short code, if you send documents: [[RRRD2929|ADDRESS]]. And my ID number, since you asked for the payment form: [[1087345521|NATIONAL_ID]].""")

# 17 Qatar - credit risk analyst, Doha
T.append("""AI: Hello [[Lina|PERSON]], thank you for joining. Could you introduce yourself and your role?

User: Hi, thank you. I'm [[Lina Haddad|PERSON]], [[30|AGE]], [[credit risk analyst|JOB_TITLE]] at [[Al Dafna Capital|ORGANIZATION]] in [[Doha|CITY]]. I'm originally from [[Amman|CITY]], in [[Jordan|COUNTRY]], and I moved here in [[October 2019|DATE]]. Our office is in the [[West Bay|CITY]] towers, and I live in [[Lusail|CITY]], near the marina. I did my bachelor at the [[University of Jordan|SCHOOL]] and then my master's in finance at [[Qatar University|SCHOOL]].

AI: What does AI look like in credit analysis?

User: We analyse corporate borrowers: contractors, trading companies, real estate developers. Lots of financial statements, often in Arabic and English, sometimes scanned badly, with stamps over the numbers. I use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] to build the spreading faster, and [[ChatGPT|AI_PRODUCT]] to summarise audit reports. We also tested [[Fanar|AI_PRODUCT]], the Qatari Arabic model, for Arabic annual reports, it's better with the accounting terminology. For market data we have the [[Bloomberg Terminal|SOFTWARE]], which now has its own AI summaries of earnings calls.

AI: Can you share an example of AI helping or misleading you?

User: Helping: a contractor's audit report had a going concern note hidden on page forty-seven, and the summary caught it first. I would have found it, but later. Misleading: once it calculated the debt service coverage ratio using revenue instead of EBITDA, so the company looked very healthy. My team lead, [[Tamim Al-Sulaiti|PERSON]], caught it. He jokes that with his name he must be perfect, because His Highness the Emir, [[Tamim bin Hamad Al Thani|PUBLIC_FIGURE]], looks at us from every wall. [[Tamim|PERSON]] is very careful, every number must be traced back to the source page.

AI: Are there regulatory constraints?

User: Yes, the central bank has rules on outsourcing and cloud. So client data cannot go to tools hosted outside [[Qatar|COUNTRY]] unless it's approved. Our head of compliance, Mr. [[Rajesh Nair|PERSON]], reviews every tool, and he is not fast. We're waiting for a local deployment in a data centre here, maybe next quarter. Until then, only public information goes into the chatbots, like published annual reports. I keep a small notebook, a real paper one, where I write every case where the tool was wrong. After one year I have forty-one entries. When new joiners come, I show them the notebook before I show them the tool, because I want them to be a little bit afraid of it, the healthy kind of fear that makes you open the source document.

AI: How do you feel about it on a personal level?

User: Honestly, relieved. The hours were long before. Now I leave at six some days, which was a dream in my first year. My fiancé [[Karim|PERSON]] is happy about it. We're getting married in [[April 2025|DATE]] in [[Amman|CITY]], and I used the AI to plan the guest list too, two hundred and eighty people, Jordanian weddings are big, and the AI was very diplomatic about which aunts should not sit together.

AI: Thanks, [[Lina|PERSON]]. Where can we reach you?

User: Email [[lina.had\u200bdad@aldafna\u200bcapital.qa|OBF_EMAIL|zero_width]], better copy it from the chat than type it. Phone: [[five five one two, three four eight six|OBF_PHONE|digits_as_words]], with plus nine seven four in front. For the forms, my QID is [[29440012345|NATIONAL_ID]], and the address from the blue plate: [[Zone 69, Street 340, Building 12|ADDRESS]], [[Lusail|CITY]].""")

# 18 Egypt - data journalist, Cairo
T.append("""AI: Hello, and thank you for taking part. Could you tell me a bit about yourself?

User: Hello! I'm [[Yasmine Abdel Fattah|PERSON]]. Yes, [[Abdel Fattah|PERSON]], like [[Abdel Fattah el-Sisi|PUBLIC_FIGURE]], the president, no relation, I promise, it's a very common name in [[Egypt|COUNTRY]]. I'm [[34|AGE]], and I work as a [[data journalist|JOB_TITLE]] at [[Bawabet El Nil|ORGANIZATION]], an independent news website in [[Cairo|CITY]]. Our office is in [[Dokki|CITY]], but I live far, in [[Sheikh Zayed City|CITY]], so I spend two hours a day in the car. I studied at [[Cairo University|SCHOOL]], Faculty of Mass Communication.

AI: How do you use AI in your journalism?

User: I do data stories: budgets, prices, the exchange rate, how much a family spends on bread and cooking oil. A lot of scraping and cleaning. [[ChatGPT|AI_PRODUCT]] helps me write [[Python|SOFTWARE]] code, I'm not a programmer, I learned alone from videos. I use [[Google Pinpoint|AI_PRODUCT]] to search big document dumps, and [[Whisper|AI_PRODUCT]] to transcribe interviews in Egyptian Arabic, which is surprisingly good now. Two years ago it was terrible with our dialect, it wrote everything like a news anchor.

AI: Have there been any difficult moments?

User: Many. Once it translated a government decree and invented a number, a subsidy amount that does not exist. If we had published it, it would be a disaster for us. In our environment you cannot make a mistake, there is no tolerance for a small website. My editor, Ustaz [[Hossam Farouk|PERSON]], now asks "which tool did this?" on every draft. And Abla [[Samia|PERSON]], our copy editor, she is [[sixty|AGE]], she checks every Arabic sentence, because the AI writes "translated Arabic", with English grammar inside.

AI: Are there colleagues who use it differently?

User: Our sports reporter, [[Mohamed Adel|PERSON]], uses it for match statistics. Of course half of the sports news here is about [[Mohamed Salah|PUBLIC_FIGURE]], so the autocomplete in our CMS always wants to add "[[Salah|PUBLIC_FIGURE]]" to his byline. [[Mohamed|PERSON]] finds it funny, kind of, maybe the first hundred times. Now he types his name slowly. For my own stories the bigger change is speed. [[Last year|GENERIC_TIME]] I did a piece on the price of medicines in pharmacies across the governorates, six thousand rows collected by volunteers. Cleaning that by hand would take weeks. With the code the AI helped me write, it took four days, and then I had time to actually call the pharmacists and hear their stories, which is the part readers remember.

AI: How do you protect your sources?

User: Carefully. For sensitive interviews I don't use cloud tools at all, I transcribe on my laptop offline, and the files stay on an encrypted disk. [[Signal|SOFTWARE]] for communication, never normal calls. Since [[March 2023|DATE]] I also teach a small workshop for young journalists at the [[American University in Cairo|SCHOOL]] about verification of AI images and deepfakes. The students are very fast with the tools, but slow to doubt them. That is what I try to teach: doubt first.

AI: Thank you, [[Yasmine|PERSON]]. How can we follow up with you?

User: Email: [[yasmine.af AT proton DOT me|OBF_EMAIL|spelled_at_dot_caps]]. WhatsApp, I'll write it like on my phone: [[٠١٠٠ ٤٥٦ ٧٨٩٢|OBF_PHONE|arabic_indic_digits]]. On X I'm [[@yasmine_af_data|SOCIAL_HANDLE]]. My friends call me [[Yoyo|PERSON|nickname]]. And for your payment form, my national ID: [[29005120101234|NATIONAL_ID]].""")

# 19 Morocco - data analyst, Casablanca
T.append("""AI: Salam, and thanks for joining. Could you introduce yourself?

User: Salam, bonjour. I'm [[Othmane Bennani|PERSON]], [[29|AGE]], [[data analyst|JOB_TITLE]] at [[Crédit Atlas Maroc|ORGANIZATION]], in the [[Direction Risques et Conformité|ORGANIZATION|french_term]], in [[Casablanca|CITY]]. I live in [[Maârif|CITY]], near Twin Center, and my family is in [[Mohammedia|CITY]], I go there [[every Friday|GENERIC_TIME]] for couscous with my parents. I studied at [[ENSIAS|SCHOOL]] in [[Rabat|CITY]], software engineering, and then I moved to data.

AI: What kind of analysis do you do, and where does AI come in?

User: Anti-money laundering mostly, transaction monitoring, and reporting to the central bank. We work in [[Python|SOFTWARE]] and [[Power BI|SOFTWARE]], the data is in [[SQL Server|SOFTWARE]]. For AI, I use [[GitHub Copilot|AI_PRODUCT]] for code, [[ChatGPT|AI_PRODUCT]] to explain regulations, all our circulars are in French and Arabic, and recently [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT]], because the French is very good, and my director likes that it's European.

AI: Could you give a specific example?

User: Alert tuning. We have too many false positives, thousands per month. I asked the AI to help me design features, like unusual hours, or many small transfers before [[Eid|GENERIC_TIME]], which in [[Morocco|COUNTRY]] is completely normal! Everybody sends money to the family before [[Eid|GENERIC_TIME]], to buy the sheep. The vendor model didn't know this, it flagged half the country. I added a calendar of holidays, with the Hijri dates, and the alerts went down by thirty percent. Si [[Abdellah|PERSON]], our director, presented it to the committee on [[14/02/2024|DATE|french_format]]. I was very proud, I called my mother after.

AI: Any colleagues with interesting reactions?

User: My colleague [[Achraf Lahlou|PERSON]], [[Achraf|PERSON]] like [[Achraf Hakimi|PUBLIC_FIGURE]], and since the World Cup in [[Qatar|COUNTRY]] every client on the phone says "ah, [[Hakimi|PUBLIC_FIGURE]]!" to him. He is the skeptic of the team. He says the AI speaks French like a Parisian and Darija like a tourist, and it's true. Lalla [[Khadija|PERSON]] from compliance, everyone says Lalla out of respect, doesn't use it at all. She says she has thirty years of experience and the machine has three.

AI: What about data protection?

User: We have the CNDP, the data protection authority, and the law 09-08. Client data never goes outside, not even to the cloud of the vendor. For the tests with language models we used synthetic data, fake clients with fake names. My cousin [[Yassine|PERSON]] works in a fintech in [[Paris|CITY]] and he tells me they have exactly the same discussions, the same fears, the same slides. So I think it's a global problem, not a Moroccan one. What is specific here is the languages. One client writes in French, the next one in Arabic, and the call center notes are in Darija written with Latin letters and numbers, like '3' for the ain and '7' for the ha. No model understands those notes well. I built a small dictionary myself, two hundred words, and it already helps the classification a lot.

AI: Thanks, [[Othmane|PERSON]]. How can we get in touch?

User: Email: [[othmane.bennani arobase gmail point com|OBF_EMAIL|spelled_at_dot_fr]]. WhatsApp: [[06.61.23.45.67|OBF_PHONE|dotted_digits]]. Home address: [[Résidence Al Badr, Imm. 4, Apt 12, Rue Abou Bakr Seddik|ADDRESS]], [[Maârif|CITY]], [[Casablanca|CITY]]. And my CIN, for the form: [[BK 712345|NATIONAL_ID]].""")

# 20 Mexico - customs clearance specialist, Mexico City
T.append("""AI: Buenas tardes, and thank you for joining. Could you introduce yourself?

User: Buenas tardes. I'm [[María Guadalupe Rosas Téllez|PERSON]], two surnames, Mexican style, but everybody calls me [[Lupita|PERSON|nickname]]. I'm [[treinta y siete|AGE|spanish_words]], [[thirty-seven|AGE]], and I'm a [[tramitadora aduanal|JOB_TITLE|spanish_term]], a customs clearance specialist, at [[Agencia Aduanal Villaseñor y Asociados|ORGANIZATION]]. Our main office is in [[Ciudad de México|CITY]], but we have people at the customs in [[Manzanillo|CITY]] and [[Nuevo Laredo|CITY]]. I live in the [[Narvarte|CITY]], alcaldía [[Benito Juárez|CITY]], yes, like the president from the eighteen hundreds, half of the country is named after him.

AI: Where does AI come into customs work for you?

User: The pedimento, the customs declaration, is still very manual. We transmit through [[VUCEM|SOFTWARE]], the single window, and the validation goes through [[SAAI|SOFTWARE]]. AI helps before that: the client sends invoices from [[China|COUNTRY]] or [[South Korea|COUNTRY]], packing lists, certificates of origin for the T-MEC. I use [[ChatGPT|AI_PRODUCT]] to extract the data and make a first table, and [[Gemini|AI_PRODUCT]] inside [[Gmail|SOFTWARE]] to summarise the long email threads. Many clients send everything by [[WhatsApp|SOFTWARE]], voice notes of three minutes, and the AI transcribes the voice notes too.

AI: Can you tell me about a moment when it went wrong?

User: ¡Uy, sí! The tariffs. [[This year|GENERIC_TIME]] there was so much news about tariffs with the [[United States|COUNTRY]], every morning [[Claudia Sheinbaum|PUBLIC_FIGURE]] talking about it in the mañanera, and the AI was confused, it mixed old and new rates. We almost classified some steel parts with the wrong rate. El Lic. [[Villaseñor|PERSON]], the agente aduanal, the owner of the patente, said: no AI for the tariff fractions, only for documents. He signs, he goes to jail, not the chatbot.

AI: How do your colleagues feel about it?

User: Mixed. Our assistant [[Claudia Herrera|PERSON]], another [[Claudia|PERSON]], we have three in the office, loves it. Ing. [[Soto|PERSON]] from logistics says it's a fashion, like the fidget spinner. And don [[Chuy|PERSON|nickname]], our oldest tramitador, never used a computer in his life, he does everything by phone with the customs officers, and honestly he is faster than all of us. Funny thing: our new colleague is called [[Alexa Domínguez|PERSON]], and we have an [[Alexa|AI_PRODUCT]] speaker in the meeting room for music. So every time someone says "[[Alexa|PERSON]], pass me the file", the speaker starts playing reggaetón. [[Alexa|PERSON]] asked us to unplug it, and we did.

AI: Do you use AI outside work?

User: For my kids' homework, and for recipes when I don't know what to cook on Wednesday. My husband [[Rodrigo|PERSON]] uses it for the menu of his taquería, in English for the tourists in the [[Roma|CITY]]. I studied foreign trade at the [[IPN|SCHOOL]], and at that time we learned the tariff with a big book and a pencil, so for me this is science fiction.

AI: Gracias, [[Lupita|PERSON]]. How can we contact you afterwards?

User: Email: [[lupita.rosas arroba agenciavillasenor punto com punto mx|OBF_EMAIL|spelled_at_dot_es]]. Cell: [[cincuenta y cinco, treinta y ocho, doce, cuarenta y cuatro, noventa|OBF_PHONE|digits_as_words_es]]. For the payment your university needs my RFC, [[ROTG870215AB3|NATIONAL_ID]], and the CURP, [[ROTG870215MDFSLD08|NATIONAL_ID]]. I signed the consent on [[12/ene/2025|DATE|spanish_format]], I think you have it already.""")

# 21 Colombia - HR business partner, Medellin
T.append("""AI: Hola, thank you for joining. To start, could you tell me about yourself?

User: ¡Hola! I'm [[Juliana Restrepo Ochoa|PERSON]], [[33|AGE]], and I'm an [[HR business partner|JOB_TITLE]], here we say [[analista senior de gestión humana|JOB_TITLE|spanish_term]], at [[Textiles del Aburrá S.A.S.|ORGANIZATION]] in [[Medellín|CITY]]. I work in the [[Dirección de Gestión Humana|ORGANIZATION|spanish_term]] and I support the plant in [[Itagüí|CITY]], with about six hundred operarios. I live in [[Envigado|CITY]]. I studied psychology at the [[Universidad de Antioquia|SCHOOL]] and then did a specialization at [[EAFIT|SCHOOL]].

AI: How is AI being used in your HR work?

User: We started with the recruitment of operarios, because we hire a lot, the rotation is high. We publish on [[Magneto|SOFTWARE]], a Colombian job platform, and it has AI matching now. For payroll and contracts we use [[Buk|SOFTWARE]]. For my own work, I use [[ChatGPT|AI_PRODUCT]] to prepare difficult conversations, disciplinary processes, the descargos, and to write the communications about the labour reform. With the reform of [[Gustavo Petro|PUBLIC_FIGURE]]'s government a lot changed, the night shift hours, the Sunday pay, and the AI helps me make tables of what changes for each shift.

AI: Has it ever gotten something wrong?

User: Yes, with the reform exactly. The tool used the text of the first draft, not the approved law. I almost sent a wrong communication to six hundred people! My boss, el doctor [[Mejía|PERSON]], he is a lawyer, so in [[Colombia|COUNTRY]] we call him doctor, read it before and said, "[[Juli|PERSON|nickname]], this is not what Congress approved". I wanted to disappear. Now the legal team validates everything that talks about the law, and I always ask the tool for the article number and then I open the official text myself.

AI: How do your colleagues react to AI?

User: Very different. My colleague [[Gustavo Arango|PERSON]], from compensation, loves [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]], he makes salary simulations in minutes. Poor [[Gustavo|PERSON]], with the reform in every meeting someone says "ask [[Gustavo|PERSON]], it's his reform", haha, he is so tired of it. And doña [[Gloria|PERSON]], who has been in the company for thirty years, she is the memory of the plant, she knows the family of every operario. No AI replaces that. She says the chatbot doesn't know who is compadre of whom, and in a plant that's the most important information.

AI: What about the workers themselves?

User: That's the sensitive part. We tried a chatbot on [[WhatsApp|SOFTWARE]] for payslip questions and vacation requests. The operarios liked it, because they work in shifts and they can't come to the office at nine in the morning. But the union, [[Sintratextil|ORGANIZATION]], asked that no decision about a worker is made by the bot, and we agreed. It's written in the minutes of the meeting of [[1 de julio de 2024|DATE|spanish_format]]. For me that was a good moment, because the union and the company agreed on something quickly, which is not so common.

AI: Gracias, [[Juliana|PERSON]]. How can we contact you?

User: My personal email: [[julianarestrepo.o＠gmail.com|OBF_EMAIL|fullwidth_at]], sorry, my phone writes the at a bit strange. Cell: [[tres diez, cuatro cinco seis, siete ocho nueve cero|OBF_PHONE|digits_as_words_es]]. My address, if you send the voucher: [[Carrera 43A # 38 Sur-135, apto 902|ADDRESS]], [[Envigado|CITY]]. And the cédula, [[1.036.482.117|NATIONAL_ID]].""")

# 22 Chile - audit supervisor, Santiago
T.append("""AI: Hola, thanks for being here. Could you introduce yourself?

User: Hola, sure. I'm [[Francisca Soto Vergara|PERSON]], [[treinta y cuatro|AGE|spanish_words]], so [[thirty-four|AGE]], and I'm [[supervisora de auditoría|JOB_TITLE|spanish_term]], audit supervisor, at [[Auditores Cordillera SpA|ORGANIZATION]] in [[Santiago|CITY]]. The office is in [[Providencia|CITY]]. I was born in [[Concepción|CITY]], in the south, and I studied at the [[Universidad de Concepción|SCHOOL]]. In the office everyone calls me [[Pancha|PERSON|nickname]], that's the Chilean nickname for [[Francisca|PERSON]], foreigners never understand where it comes from.

AI: How do you use AI in your audits?

User: We audit medium companies: wineries, salmon farms, distributors. The big firms have their own platforms, we are smaller, so we use what exists on the market. [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for analytics, [[ChatGPT|AI_PRODUCT]] to summarise contracts and board minutes, and [[CaseWare|SOFTWARE]] for the working papers. Many clients use [[Defontana|SOFTWARE]] or [[SAP Business One|SOFTWARE]], so we extract the ledgers and ask the AI to find unusual entries: payments on weekends, round amounts, new suppliers with the same bank account as an employee.

AI: Can you remember a concrete case?

User: Yes, on [[14-02-2024|DATE|chilean_format]], Valentine's day, I remember because I was in the office until eleven instead of at dinner. We found duplicated payments to a transport supplier at a winery. The AI flagged them first. My colleague [[Santiago Muñoz|PERSON]], yes, [[Santiago|PERSON]], like the city, so when we say "[[Santiago|PERSON]] is in [[Santiago|CITY]]" nobody understands anything, he confirmed it with the bank statements. The client was very grateful, and a bit embarrassed, because the person who approved the payments was the cousin of the owner.

AI: Are there limits to what you let it do?

User: Of course. The opinion is ours, signed by a partner, don [[Patricio Lagos|PERSON]], and he reads every line. We need evidence, and "[[ChatGPT|AI_PRODUCT]] said" is not evidence for the regulator or for the professional standards. The AI can't be the auditor. And confidentiality: we don't upload RUTs of people, salaries, or anything with names. We anonymise the ledgers before, with a small macro that [[Santiago|PERSON]] wrote, with AI help, of course.

AI: How do people around you react to all this?

User: My partner [[Gabriel|PERSON]], not [[Gabriel Boric|PUBLIC_FIGURE]], he always says, even though he has the beard, works in a school and he is very anti-AI, because the students copy everything. My grandmother [[Concepción|PERSON]], we say [[Conchita|PERSON|nickname]], is [[ochenta y nueve|AGE|spanish_words]] and she asks me to ask "the machine" about her medicines. I tell her to ask the doctor. So at home it's a permanent debate, at lunch on Sundays everybody has an opinion. My uncle thinks the AI will replace all accountants by next year, my mother thinks it is a fashion like the fondue sets in the eighties. I think the truth is boring: it is a good assistant for the first look at the data, and a bad one for the judgement. Judgement is what the client pays for.

AI: Gracias, [[Francisca|PERSON]]. How can we reach you?

User: Email: [[fsoto(arroba)cordillera-auditores(punto)cl|OBF_EMAIL|bracket_at_es]]. Phone: [[+56 9 8765 4321|PHONE_NUMBER]], WhatsApp is the same number. On Instagram I'm [[@pancha.soto.v|SOCIAL_HANDLE]], but it's mostly photos of my dog. For the boleta de honorarios you need my RUT: [[16.482.731-K|NATIONAL_ID]].""")

# 23 Japan - in-house translator, Tokyo
T.append("""AI: Konnichiwa, and thank you for participating. Could you introduce yourself?

User: Konnichiwa. My name is [[Sato Yumiko|PERSON|family_name_first]], [[佐藤由美子|PERSON|native_script]] in kanji. In English order it would be [[Yumiko Sato|PERSON]], but in the company I'm simply [[Sato|PERSON]]-san. I work as an [[in-house translator|JOB_TITLE]] in the [[経営企画部|ORGANIZATION|native_script]], the corporate planning department, of [[Yamase Seiko|ORGANIZATION]], a maker of precision parts. The head office is in [[Chiyoda-ku|CITY]], [[Tokyo|CITY]]; I live in [[Saitama|CITY]] and commute one hour each way. I studied English literature at [[Sophia University|SCHOOL]], Jōchi Daigaku.

AI: What kinds of texts do you translate, and how has AI changed that?

User: Board materials, IR documents for foreign investors, contracts with suppliers in [[Vietnam|COUNTRY]] and [[Germany|COUNTRY]], and the speeches of our president. Since [[令和5年4月|DATE|japanese_era]], that is [[April 2023|DATE]], the company gave [[DeepL|AI_PRODUCT]] Pro to everyone, and later an internal [[ChatGPT|AI_PRODUCT]] environment. So now many departments translate by themselves first, and I became the checker. "Translator" became "post-editor". Honestly, I felt sad. This year I am toshi-onna, my birth animal comes back, so I am [[forty-eight|AGE]], and I thought, my skill is not needed anymore? But after some months I see the machine output still needs a lot of care.

AI: Could you give an example of where it needs care?

User: Keigo, the honorific language. The machine doesn't know who is higher and who is lower. Also the subject disappears in Japanese, so the AI guesses "we" or "they", and in a contract that is dangerous. One example: [[Tanaka|PERSON]]-buchō, my department head, sent a letter to a German partner which the AI translated, and it sounded like a threat, because the Japanese was very indirect and the English became very direct. The partner called the next day, very worried. I had to repair the relationship with a long letter of apology.

AI: How do younger colleagues use these tools?

User: My junior colleague is [[Kobayashi Sora|PERSON|family_name_first]]. [[Sora|PERSON]]-kun is [[twenty-five|AGE]], very talented. When [[Sora|AI_PRODUCT]], the video AI, came out, everybody in the office sent him the news: "[[Sora|PERSON]]-kun, you are famous now". He uses [[Claude|AI_PRODUCT]] for drafts and asks me only about the difficult parts. Also he uses [[Microsoft Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] meetings for the minutes. I think he will be a good translator, because he questions the machine, he does not worship it.

AI: Is there a public figure or event that changed how your company thinks about AI?

User: Maybe [[Masayoshi Son|PUBLIC_FIGURE]]. When he speaks about super intelligence on the news, our president reads the article on the train, and the next morning we receive new instructions from the top. It is a little bit funny. Also the government guidelines for generative AI, our legal department printed them and put a copy on every floor. In Japanese companies, if it is printed, it is serious. For me personally the biggest change is that I now spend more time on the difficult ten percent: the president's speeches, the apology letters, the condolence messages. The machine is fine with a purchase order. It is not fine with feelings, not yet.

AI: Thank you, [[Sato|PERSON]]-san. How can we contact you later?

User: Please email: [[yumiko.sato アットマーク yamase-seiko ドット co ドット jp|OBF_EMAIL|spelled_at_dot_ja]]. My mobile, I write it like on my business card: [[０９０－４４１２－８８３７|OBF_PHONE|fullwidth_digits]]. For the honorarium your office needs my address: [[さいたま市|CITY|native_script]][[大宮区桜木町2-7-3|ADDRESS|native_script]].""")

# 24 South Korea - product owner, Pangyo
T.append("""AI: Annyeonghaseyo, and thank you for joining. Could you introduce yourself?

User: Annyeonghaseyo! I'm [[Park Ji-hye|PERSON|family_name_first]], [[박지혜|PERSON|native_script]]. At work, foreign colleagues call me [[Jenny|PERSON|english_name]], my English name. I'm [[34|AGE]], [[35|AGE|korean_age]] in Korean age, but since [[June 2023|DATE]] we officially use only the international age, so [[34|AGE]]. I'm a [[product owner|JOB_TITLE]] at [[Hanbit Pay|ORGANIZATION]], a fintech. Our office is in [[Pangyo|CITY]] Techno Valley, and I live in [[Bundang|CITY]], ten minutes by bus. I graduated from [[Ewha Womans University|SCHOOL]].

AI: How do AI tools fit into your work?

User: We build the payment app for small merchants: cafés, fried chicken restaurants, nail salons. My team uses [[Jira|SOFTWARE]] and [[Notion|SOFTWARE]], we talk in [[Slack|SOFTWARE]] inside the company but with merchants always in [[KakaoTalk|SOFTWARE]]. For AI I use [[ChatGPT|AI_PRODUCT]] a lot, and [[Wrtn|AI_PRODUCT]], 뤼튼, a Korean service that is good for Korean writing. The company has a contract for [[HyperCLOVA X|AI_PRODUCT]] for the customer support bot, because the Korean is natural and the data stays in [[Korea|COUNTRY]].

AI: Could you describe a specific project?

User: On [[2024년 3월 2일|DATE|korean_format]] we launched the AI support bot for merchants. Before, merchants called the call center for everything: why is the settlement late, how to print a receipt. Now the bot answers seventy percent. But in the first week it told one merchant, a grandmother who runs a tteokbokki shop, that her settlement was "cancelled". It meant "delayed". She cried on the phone. My team leader, [[Lee Jun-ho|PERSON|family_name_first]], [[이준호|PERSON|native_script]] 팀장님, drove to her shop himself with a box of fruit to apologize.

AI: That's quite a story. What did you change afterwards?

User: We added a rule: for words like cancelled, refund, account suspended, the bot must hand over to a human. And I write the tone guide myself now, with many examples of polite Korean for older merchants. Team leader [[Lee|PERSON]] says AI is like a new employee, we must train it like a new employee. Everybody jokes he is secretly [[Lee Jae-yong|PUBLIC_FIGURE]], the Samsung chairman, because he always wears a suit, even on Fridays.

AI: Are there cultural factors in how your team adopts AI?

User: Yes, the hierarchy. Junior people use it secretly, because they are afraid the seniors think they are lazy. I try to make it open, we share prompts in a channel. Also the ppalli-ppalli culture, hurry hurry, so AI fits very well here, maybe too well. A small funny thing: our team car is a Hyundai Santa Fe, and the meeting notes AI always writes it like the city in America, with a location pin. Nobody fixes it anymore. What I worry about is the merchants who are not digital. The bot is great for a young café owner, but the grandmothers want a voice, a person who says sorry. So we keep a small team of human agents only for merchants over sixty, and honestly they have the best satisfaction scores in the whole company.

AI: Thank you, [[Ji-hye|PERSON]]. How can we contact you?

User: Email: [[jihye.park 골뱅이 naver 닷 com|OBF_EMAIL|spelled_at_dot_ko]], golbaengi, the sea snail, is our word for the at sign. Phone: [[공일공 사칠이팔 구삼일오|OBF_PHONE|digits_as_words_ko]]. [[KakaoTalk|SOFTWARE]] ID [[jenny_pm88|SOCIAL_HANDLE]]. If you need the company registration number for the invoice, it's [[220-81-62517|NATIONAL_ID]].""")

# 25 China - big data engineer, Shenzhen
T.append("""AI: Ni hao, and thanks for taking part. Could you introduce yourself?

User: Ni hao! My name is [[Chen Haoran|PERSON|family_name_first]], [[陈浩然|PERSON|native_script]]. Colleagues call me [[Xiao Chen|PERSON|nickname]] because I'm the youngest in my group, or just [[Haoran|PERSON]]. I'm [[31|AGE]], or [[32|AGE|xusui]] in xusui, the traditional count my grandma uses. I'm a [[大数据开发工程师|JOB_TITLE|native_script]], a big data development engineer, at [[远帆数据科技|ORGANIZATION|native_script]], Yuanfan Data Technology, in [[Shenzhen|CITY]], [[Nanshan|CITY]] district, near the science park. I studied at [[华中科技大学|SCHOOL|native_script]] in [[Wuhan|CITY]], and I moved here in [[2021年7月|DATE|cjk_format]].

AI: What does your work involve, and how do you use AI?

User: We build data platforms for retail clients, supermarkets and e-commerce shops. [[Flink|SOFTWARE]] for real-time, [[Hive|SOFTWARE]] and [[Spark|SOFTWARE]] for batch, and a lot on [[MaxCompute|SOFTWARE]]. For AI: foreign tools are not easy to access here, so I use [[DeepSeek|AI_PRODUCT]] for coding, [[通义灵码|AI_PRODUCT|native_script]], Tongyi Lingma, inside the IDE, and [[Kimi|AI_PRODUCT]] for reading long documents, it handles very long context. Our internal communication is [[飞书|SOFTWARE|native_script]], Feishu, and it has an AI assistant too, it writes the weekly report for me, which I like very much.

AI: Can you give an example where AI helped or failed?

User: Helped: in [[2024年3月|DATE|cjk_format]] we migrated two hundred [[Hive|SOFTWARE]] SQL jobs to [[Spark|SOFTWARE]] SQL. [[DeepSeek|AI_PRODUCT]] converted most of them, I only fixed the date functions. Failed: it wrote a partition filter wrong, and the job scanned three years of data. The cost alert went to my boss, [[王|PERSON]]总, [[Wang|PERSON]] zong, we call the boss "zong". [[Wang|PERSON]] zong was not happy, he showed me the bill in the morning meeting in front of everybody. I learned my lesson.

AI: Are there colleagues with interesting habits around AI?

User: Yes! My colleague [[张琪|PERSON|native_script]], her English name is [[Kimi|PERSON]], she chose it at university, long before [[Kimi|AI_PRODUCT]] the app existed. Now in meetings when someone says "let's ask [[Kimi|PERSON]]", half the people open the app. She made a rule: for the app you must say "the Moonshot one". Also our DBA, Lao [[Ma|PERSON]], [[马建国|PERSON|native_script]], everybody jokes he is the cousin of [[Jack Ma|PUBLIC_FIGURE]]. He is not, and he says he is definitely not rich.

AI: How do data security rules affect your use?

User: Very strict. Client data is under the personal information protection law, and data cannot leave [[China|COUNTRY]]. For anything with client data we can only use models deployed on our own servers, we run [[Qwen|AI_PRODUCT]] on internal GPUs. The public apps are only for code without data. My girlfriend [[Lin Xue|PERSON|family_name_first]] works in a bank in [[Futian|CITY]], and their rules are even stricter, she can't use any of them, she is jealous of me. But I also understand the rules. In my first job, at a small startup in [[Wuhan|CITY]], someone uploaded a full customer table to a public website by mistake, and the company almost closed. Since then I always ask myself before I paste anything: would I be comfortable if this appeared in the news tomorrow? If not, it stays inside.

AI: Thank you, [[Haoran|PERSON]]. How can we contact you later?

User: Email: [[chenhaoran_dev 艾特 163 点 com|OBF_EMAIL|spelled_at_dot_zh]]. Phone: [[一三九 二六五八 四四一七|OBF_PHONE|cjk_numerals]]. WeChat: [[chr_dataflow|SOCIAL_HANDLE]], add me with a message, otherwise I don't accept. Company address for documents: [[南山区科技园科苑路15号|ADDRESS|native_script]], [[深圳|CITY|native_script]].""")

write_set(T, "set_bl")
