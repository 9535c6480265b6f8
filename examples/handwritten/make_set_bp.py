# Blind evaluation set "bp": 25 typed-chat interviews, regulated / paperwork-heavy work, 25 countries.
from markup import write_set, build

T = []

# 1 Ghana - hospital pharmacist
T.append("""AI: Good afternoon, and thank you for joining. Could you start by telling me a little about yourself and the work you do?

User: good afternoon. My name is [[Precious Ama Owusu|PERSON|name_is_word]], I'm [[38|AGE]], and I work as [[Senior Pharmacist|JOB_TITLE]] at [[Korle Bu Teaching Hospital|ORGANIZATION]] in [[Accra|CITY]]. Mostly I'm in the paediatric dispensary but I also keep the controlled drugs register for the whole [[Department of Child Health|ORGANIZATION]]. I joined in [[2016|DATE]] after my internship at [[KATH|ORGANIZATION|acronym]] up in [[Kumasi|CITY]]. The job is maybe forty percent dispensing and the rest is paperwork: stock cards, incident forms, insurance claim sheets, pharmacovigilance reports, you name it.

AI: Thank you, [[Precious|PERSON|name_is_word]]. How did AI tools first come into that work?

User: through my junior colleague [[Kofi|PERSON]]. He showed me [[ChatGPT|AI_PRODUCT]] on his phone one [[Sunday|GENERIC_TIME]] night shift, he was using it to write his CPD reflections lol. At first I only used it to rephrase memos for [[the nurses|GENERIC_ROLE]], because long memos nobody reads them. Now I use it for the monthly stock variance report. I copy the figures from [[Excel|SOFTWARE]] and ask it to explain the variances in plain english for [[my head of department|GENERIC_ROLE]]. I tried [[Copilot|AI_PRODUCT]] on the hospital laptop too but the internet in our wing is not reliable so I mostly use my phone.

AI: Can you walk me through a recent time you used it for something involving a specific patient?

User: yes and this is the part I'm not proud of. [[Last week|GENERIC_TIME]] a mother came back confused about her son's dosing, the discharge summary was written in very technical terms. I copied the whole summary into [[ChatGPT|AI_PRODUCT]] and asked it for a simple version she could understand. Only after did I notice I had pasted everything: the boy's name [[Nana Yaw Boateng|PERSON]], date of birth [[04/09/2019|DATE]], folder number [[KBTH-CH-2201873|NATIONAL_ID|case_number]], the mother's number [[024 455 1298|PHONE_NUMBER]] and their digital address in [[Dansoman|CITY]], [[GA-516-3342|ADDRESS|digital_address]]. The output was actually very good, she understood it, but I felt bad. I deleted the chat afterwards, I don't know if that helps anything.

AI: Thank you for being so open about that. Is there any guidance at the hospital about these tools?

User: not written guidance. The [[Pharmacy Council|ORGANIZATION]] sent a circular on data protection but it was mostly about [[WhatsApp|SOFTWARE]] groups, because people were posting prescriptions in groups. Our [[HOD|JOB_TITLE|abbreviation]], Dr. [[Mensah|PERSON]], said in a meeting that nobody should put patient things into "these AI things", but he himself uses [[Gemini|AI_PRODUCT]] for his slides haha. My council registration is [[PC/R/04417|NATIONAL_ID|professional_reg]] and if there is ever a complaint that number is the first thing they look at, so now I'm more careful. Also [[the patients|GENERIC_ROLE]] here trust us a lot, I don't want to break that.

AI: Are there other kinds of paperwork where you use it?

User: quite a few, let me list
- controlled drugs discrepancy reports (I remove the names now)
- my CPD log for the licence renewal every [[December|GENERIC_TIME]]
- letters to suppliers when we are short, e.g. to [[Ernest Chemists|ORGANIZATION]]
- a reference letter for [[Kofi|PERSON]] when he applied to [[KNUST|SCHOOL|acronym]] for his masters. I gave it his full name, [[Kofi Agyeman Darko|PERSON]], and his grades, which he agreed to
- and once my own national ID renewal, I typed the number [[GHA-718204563-9|NATIONAL_ID]] into the chat to ask which box it goes in. Not necessary at all

AI: How do you feel about the quality of what it produces? And if you could change one thing about how the hospital handles AI, what would it be?

User: mixed. For language it is excellent, better than me at 2am. But it doesn't know [[Ghana|COUNTRY]] specific things, like our essential medicines list or how our insurance codes work, it gives you [[UK|COUNTRY]] or American answers. It once told me a drug was "not widely available in [[Africa|CONTINENT]]" which is nonsense, we stock it. My sister [[Abena|PERSON]] is a [[loan officer|JOB_TITLE]] at [[GCB Bank|ORGANIZATION]] in [[Tema|CITY]] and she says the same, it doesn't understand local regulations at all.
and the one change: a simple one page rule, pinned in every dispensary, and maybe a tool that removes names before you paste. We are not against AI, we just need to know the boundaries. If you need to follow up, email me at [[precious.owusu.pharm@gmail.com|EMAIL_ADDRESS]] or text [[zero two four, seven seven one, six six zero three|OBF_PHONE|number_words]]. Evenings are better, [[weekdays|GENERIC_TIME]] I'm on the floor till 6.""")

# 2 Kenya - court clerk
T.append("""AI: Hello, thanks for taking the time. Please tell me about your role and where you work.

User: hi. im [[Faith Wanjiru Njoroge|PERSON|name_is_word]], [[thirty one|AGE]], [[court clerk|JOB_TITLE]] at the [[Milimani Law Courts|ORGANIZATION]] in [[Nairobi|CITY]], commercial division. been with the [[Judiciary|ORGANIZATION]] since [[2018|DATE]], before that i was at [[Kibera Law Courts|ORGANIZATION]]. my work is cause lists, filing, taking notes in court when the recording system is down (often), preparing certified copies of proceedings, and a lot of answering advocates on phone about where their file is

AI: Thanks, [[Faith|PERSON|name_is_word]]. Where do AI tools come into that?

User: mostly typing up proceedings. When the recorder fails i write longhand then i type, and they want it same day. So i started pasting my rough notes into [[ChatGPT|AI_PRODUCT]] to clean the grammar and put it in the standard format. it saves me like 2 hours. also for drafting notices to parties, and for summarising long pleadings for [[the magistrate|GENERIC_ROLE]] before mention. my colleague [[Justice|PERSON|name_is_word]] (thats his real name, people always laugh) prefers [[Claude|AI_PRODUCT]], he says it writes more formally

AI: When you paste the proceedings, what kind of details are in them?

User: everything honestly. names of parties, advocates, ID numbers when someone is identified in court. for example in one matter [[last month|GENERIC_TIME]], the defendant [[Peter Kiprotich Langat|PERSON]], ID no. [[28817465|NATIONAL_ID]], KRA PIN [[A008123456Z|NATIONAL_ID|tax_pin]], the whole thing went in because it was in my notes. case number was [[E4512 of 2023|NATIONAL_ID|case_number]]. the plaintiff's advocate is [[Wambui Kariuki|PERSON]] of [[Kariuki & Mwangi Advocates|ORGANIZATION]], she even gave her mobile in open court, [[0722 418 903|PHONE_NUMBER]], to be served, and that also went in. i didnt think about it at the time. it was just text to me

AI: Has anyone at the court talked to you about this?

User: not directly. there was a circular from the [[Office of the Chief Registrar|ORGANIZATION]] about [[e-Filing|SOFTWARE]] and the [[CTS|SOFTWARE|acronym]] but nothing about AI. [[Justice|PERSON|name_is_word]] and me discussed and agreed that from now we replace names with P1, D1 before pasting. Hon. [[Wafula|PERSON]] doesnt know we use it, i think he would be ok as long as he reads the final. The thing is access to justice depends on records being ready, if proceedings are late the appeal is late, so the pressure is real.

AI: Could you describe the cause list work in more detail?

User: ok so
1. every [[Friday|GENERIC_TIME]] i get the list of matters for next week from the registry
2. i paste into [[Excel|SOFTWARE]], sort by time and courtroom
3. then ask [[ChatGPT|AI_PRODUCT]] to format it for the notice board and for the [[WhatsApp|SOFTWARE]] group of advocates
4. the list has party names and case numbers, so again it goes in
It also helped me when i applied for the diploma at [[Kenya School of Law|SCHOOL]], it rewrote my personal statement. i was a bit shy because the statement had my home in [[Kitengela|CITY]], [[House 14, Acacia Gardens, Namanga Road|ADDRESS]], and my birthday [[12/03/1993|DATE]]

AI: What about quality, does it ever get things wrong? And last question: what would make you feel safer using these tools?

User: yes sometimes it "improves" what the witness said, which is dangerous. a witness said "I was just around" and it wrote "I was present at the scene". those are not the same in court!! so i check every line. also it doesnt know [[Kenya|COUNTRY]] procedure, it once talked about "[[the jury|GENERIC_ROLE]]" lol we dont have juries here. and it spells Kalenjin names wrong. I saw [[William Ruto|PUBLIC_FIGURE]] saying government will digitise everything, fine, but nobody has trained us.
what would make me feel safer: an approved tool from the [[Judiciary|ORGANIZATION]], on the court computers, that doesnt keep data. and training, even one day. if you want to follow up my email is [[faithwanjiru.n@gmail.com|EMAIL_ADDRESS]], or on [[X|SOFTWARE|single_letter]] [[@faith_wa_court|SOCIAL_HANDLE]] but i rarely check. please dont put my name in the report, [[my deputy registrar|GENERIC_ROLE]] would not be happy""")

# 3 Nigeria - loan officer
T.append("""AI: Good morning. Please introduce yourself and describe your current role.

User: Good morning. I'm [[Babatunde Adeyemi|PERSON]], most people call me [[Tunde|PERSON|nickname]]. I'm a [[Credit Officer|JOB_TITLE]] in the SME lending unit of [[Sterling Bank|ORGANIZATION]], [[Lekki|CITY]] branch. I have been in banking for about nine years, first in operations in [[Ikeja|CITY]], then credit since [[2019|DATE]]. My job is to appraise loan applications from small businesses, prepare the credit memo, chase documentation, and after disbursement I monitor repayments. It is extremely paperwork heavy because of [[CBN|ORGANIZATION|acronym]] guidelines and our internal audit.

AI: How are you using AI tools in that work, if at all?

User: Mainly three ways:
1) drafting credit memos. I give [[ChatGPT|AI_PRODUCT]] the financials and the visit report and it drafts the narrative. I edit after.
2) summarising bank statements. Customers bring 12 months of statements, sometimes 80 pages, I export from [[Finacle|SOFTWARE]] or PDF and ask it to flag unusual inflows/outflows.
3) writing polite but firm reminder letters when repayments are late.
My colleague [[Ifeoma|PERSON]] uses [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] for the same thing, she says it is faster.

AI: When you share statements or applications, what personal details are involved?

User: I'll be honest with you, everything. A statement has the customer's full name, account number, BVN, address. Example, [[two weeks ago|GENERIC_TIME]] I did a memo for a poultry business, the owner [[Chukwuemeka Okonkwo Eze|PERSON]] ([[Emeka|PERSON|nickname]]), his BVN [[22184736510|NATIONAL_ID|bvn]], NIN [[71829304615|NATIONAL_ID|nin]], address [[Plot 14B, Admiralty Way, Lekki Phase 1|ADDRESS]], and his wife [[Chiamaka|PERSON]] as guarantor with her date of birth, [[12th of June 1984|DATE]]. I pasted the application form text straight in. Our loan file number was [[LN/LK/2024/00917|NATIONAL_ID|case_number]]. After I read about data protection I realised BVN is very sensitive. The [[NDPC|ORGANIZATION|acronym]] has been fining companies.

AI: Does the bank have a policy on this?

User: There is an IT policy that says no customer data on external platforms, but it was written before [[ChatGPT|AI_PRODUCT]] existed so nobody connects the two. [[My branch manager|GENERIC_ROLE]] knows we use it and just says "be careful". In [[Q3 2023|DATE]] our unit had the highest disbursement in the [[Lagos|CITY]] region, partly because memos were faster, so management won't complain. The [[head of credit risk|JOB_TITLE]], Mrs. [[Folake Adebayo-Williams|PERSON|hyphenated]], is the only one who asked questions. She is strict, and she is right.

AI: Are there moments when the AI got something wrong?

User: Yes o. It once calculated debt service coverage wrongly because it confused naira and dollar figures. It also assumes [[Nigeria|COUNTRY]] has credit bureaus like the [[US|COUNTRY]], it will say "check the FICO score", we don't use FICO. It doesn't understand ajo or esusu contributions, which half of our market women use. When I ask about [[Aliko Dangote|PUBLIC_FIGURE]] style backward integration for a customer's business plan it just gives generic talk.

AI: How do you think about the risk to customers? And is there anything else you'd like to add?

User: Honestly before this interview I thought the risk was small, it's just a computer. But if someone gets [[Emeka|PERSON]]'s BVN and NIN they can do plenty of fraud, SIM swap and so on, some boys in [[Yaba|CITY]] are doing that business daily. So I'll start masking. I saw a [[LinkedIn|SOFTWARE]] post from a fintech founder about redaction tools, I want to try that.
Just that banks should give us an approved tool instead of pretending we don't use these things. If you need me, my personal mail is [[tunde dot adeyemi84 at yahoo dot com|OBF_EMAIL|spelled_at_dot]] or [[linkedin.com/in/babatunde-adeyemi-credit|URL]]. My number at work is [[+234 803 552 0147|PHONE_NUMBER]]. Don't call on [[Mondays|GENERIC_TIME]], that is credit committee day.""")

# 4 South Africa - social worker
T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and the work you do?

User: Hi. I'm [[Nomvula Dlamini|PERSON]], a [[social worker|JOB_TITLE]] with the [[Gauteng Department of Social Development|ORGANIZATION]], based at the [[Soweto|CITY]] service point in [[Orlando East|CITY]]. I've been with [[DSD|ORGANIZATION|acronym]] for 11 years. Mostly child protection: foster care applications, reunification services, and reports for the [[Johannesburg Children's Court|ORGANIZATION]]. My caseload is around 120 files, which is crazy, the norm is supposed to be 60. In [[South Africa|COUNTRY]] that is normal unfortunately.

AI: Where do AI tools come into that caseload?

User: Report writing mainly. A foster care report is 8 to 12 pages and [[the magistrate|GENERIC_ROLE]] wants them properly structured. I started using [[ChatGPT|AI_PRODUCT]] last year, [[my supervisor|GENERIC_ROLE]], [[Thandeka Mokoena|PERSON]], showed me how to give it my process notes and ask for a draft under the right headings. I also use it to translate letters to families from English into isiZulu or Sesotho, although the Sesotho is not always good.

AI: What goes into the tool when you do that?

User: Process notes are very detailed. Names, the child's ID number, school, clinic, what happened at home. Let me give an example... ok actually with the details, since you're asking what really happens. There is a boy, [[Gift Sithole|PERSON|name_is_word]], [[14|AGE]], ID [[1004125843087|NATIONAL_ID]], in grade 8 at [[Orlando West High School|SCHOOL]]. His gran, Gogo [[Sithole|PERSON|kinship_honorific]], is applying to be his foster parent, she stays at [[2281 Mphuthi Street|ADDRESS]], [[Orlando East|CITY]]. I pasted all of that, plus that [[Gift|PERSON|name_is_word]]'s mother passed in [[2021|DATE]] and the father is unknown. The case file is [[DSD/GP/SOW/2023/1147|NATIONAL_ID|case_number]]. I realise now it's a child's information going to a server somewhere.

AI: How do you feel about that, looking back?

User: Conflicted. The reports are better, [[the magistrate|GENERIC_ROLE]] at [[Johannesburg Children's Court|ORGANIZATION]] even commented on it. But the [[SACSSP|ORGANIZATION|acronym]] code of ethics talks about confidentiality, and my registration number [[10-45821|NATIONAL_ID|professional_reg]] is on every report I sign, so if something leaks it comes back to me. Honestly it has been a gift for my backlog. I'd rather a child gets a report on time than waits six months.

AI: Does your office have any guidance?

User: Nothing on AI. We still use paper files and [[Microsoft Word|SOFTWARE]] templates. There was a POPIA workshop in [[February|GENERIC_TIME]] but it focused on emails and faxes. Another colleague, [[Blessing|PERSON|name_is_word]], refuses to use AI at all, she says the servers are in the [[United States|COUNTRY]] and she doesn't trust it. She writes everything by hand first, she's old school. But she also goes home at 7pm every day and I don't, so maybe she is the smart one. Our office shares two laptops between nine social workers, so whoever gets a laptop first writes reports, the rest do home visits.

AI: Which other tools have you tried? And any final thoughts?

User: I tried [[Gemini|AI_PRODUCT]] on my phone, and [[Copilot|AI_PRODUCT]] because it came with the laptop. [[Copilot|AI_PRODUCT]] is better at tables. For court dates I use [[Google Calendar|SOFTWARE]]. I watched a talk by [[Thuli Madonsela|PUBLIC_FIGURE]] about ethics and tech, it made me think. In [[Africa|CONTINENT]] we need our own rules, not copy-paste from [[Europe|CONTINENT]].
just that social workers need tools that are safe by design, we don't have time to be careful with 120 files. If you want to talk more, I'm on [[071 384 2260|PHONE_NUMBER]], [[Tuesdays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]] I'm in the field so after 4. Or email [[nomvula.dlamini.sw@outlook.com|EMAIL_ADDRESS]].""")

# 5 Morocco - notary
T.append("""AI: Bonjour, thank you for joining. Could you present yourself and your practice?

User: Bonjour. I am [[Yasmine El Idrissi|PERSON]], [[notaire|JOB_TITLE]] in [[Casablanca|CITY]], I have my own étude since [[2014|DATE]] in the [[Maârif|CITY]] quarter. Before that I was [[clerc principal|JOB_TITLE]] at the étude of Me [[Karim Bennani|PERSON]], who trained me. I am a member of the [[Conseil Régional des Notaires de Casablanca|ORGANIZATION]]. My work is real estate sales, successions, company statutes, donations. Everything is acts, registration, and the [[Conservation Foncière|ORGANIZATION]].

AI: Where do AI tools fit into your work?

User: I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Le Chat de Mistral|AI_PRODUCT]]. Mostly for translating between Arabic and French. Many clients are MRE, Moroccans living in [[France|COUNTRY]] or [[Belgium|COUNTRY]], they don't read legal Arabic, so I ask it to summarise the act in simple French. Also drafting letters to the tax administration, the [[DGI|ORGANIZATION|acronym]], and to make tables for succession shares, although the calculation I always verify myself.

AI: Can you give me an example of a recent file?

User: Oui. A succession in [[January|GENERIC_TIME]], the late Hajj [[Abdelkader Tazi|PERSON|honorific_hajj]], born [[1939|DATE]], five heirs. I pasted the list of heirs with their CIN numbers to get a clean table. For example his daughter [[Salma Tazi|PERSON]], CIN [[BH 482913|NATIONAL_ID|cin]], living at [[Résidence Les Jardins d'Anfa, Imm. B, 3e étage, Apt 11, Bd Abdelmoumen|ADDRESS]], and his son [[Mehdi|PERSON]] who lives in [[Lyon|CITY]] and works as [[ingénieur|JOB_TITLE]] at [[Renault|ORGANIZATION]]. The table was perfect, but all their identity was inside. Me [[Bennani|PERSON]] would kill me haha, he is very old school, he still uses the fountain pen.

AI: Is there a rule from your professional body about this? And how do your staff use these tools?

User: The [[Chambre Nationale du Notariat Moderne|ORGANIZATION]] ([[CNNM|ORGANIZATION|acronym]]) has nothing specific on AI yet. There is law 09-08 on personal data and the [[CNDP|ORGANIZATION|acronym]] which is the regulator. The secret professionnel is absolute for us. In practice I think many notaires use it, we talk about it after the meetings, but nobody writes it officially.
I have two clercs and one secretary. My clerc [[Hamza|PERSON]] uses it a lot for the statuts of SARL companies. The secretary, [[Malika|PERSON]], she prefers to type everything herself. We use [[Word|SOFTWARE]] and a local étude software, [[NotaPlus|SOFTWARE]], and for civil status documents the portal [[Watiqa|SOFTWARE]]. [[My clerks|GENERIC_ROLE]] are young, they think AI is normal like [[Google|SOFTWARE]].

AI: Any concerns about quality?

User: yes, for Moroccan law it invents articles. It told me about an article of the DOC that does not exist. So I never use it for legal reasoning, only for language. For Arabic it is good but sometimes it writes Egyptian or Gulf style, not our formal style. And for the heirs it sometimes forgets the share of [[the wife|GENERIC_ROLE]] when there are children, basic mistake. In [[Morocco|COUNTRY]] you cannot make this mistake in front of a family.

AI: Do clients know you use these tools? And is there anything else you'd like to add?

User: No. I think older clients would be shocked, the young ones would not care. One client, Mme [[Chraïbi|PERSON]], a [[professeure|JOB_TITLE]] at [[Université Hassan II|SCHOOL]], asked me directly, and I said yes, only for translation. She was fine. I think we need a position from the [[Chambre|ORGANIZATION|short_form]] before [[Europe|CONTINENT]] imposes its rules on everybody.
If you want more, my étude number is [[٠٥٢٢ ٩٨ ٤٧ ١٣|OBF_PHONE|arabic_indic_digits]] (I write it like this for clients who use the Arabic keyboard), mobile [[06 61 72 30 88|PHONE_NUMBER]], or email [[y.elidrissi@notaire-elidrissi.ma|EMAIL_ADDRESS]]. I am available except [[Saturday|GENERIC_TIME]] morning, which is for signatures.""")

# 6 France - tax adviser
T.append("""AI: Hello, thanks for joining. Could you tell me about your job?

User: Hello, [[Thomas Girard|PERSON]], [[45|AGE]], [[conseiller fiscal|JOB_TITLE]] (tax adviser in English) at [[Cabinet Morel & Associés|ORGANIZATION]] in [[Lyon|CITY]], our office is [[12 rue Sainte-Hélène, 69002|ADDRESS]] [[Lyon|CITY]]. I'm also [[expert-comptable|JOB_TITLE]], registered with the [[Ordre des experts-comptables|ORGANIZATION]] since [[2009|DATE]]. Clients are mainly private individuals with complicated situations: expatriates, landlords with several flats, retired people with foreign pensions. The season from [[April|GENERIC_TIME]] to [[June|GENERIC_TIME]] is crazy with the income declarations.

AI: How do AI tools figure in your work?

User: I use [[ChatGPT|AI_PRODUCT]] (paid version) and the firm bought [[Copilot|AI_PRODUCT]] licences in [[September|GENERIC_TIME]]. Use cases:
- draft letters to clients explaining their avis d'imposition
- summarise BOFiP commentary (the official doctrine), though I check the source
- compare scenarios, e.g. micro-foncier vs régime réel for a landlord
- turn messy [[Excel|SOFTWARE]] exports from banks into clean tables
My colleague [[Sandrine|PERSON]] prefers [[Le Chat|AI_PRODUCT]] because it's French and she thinks it's safer, I'm not sure that's true.

AI: Can you describe a case where you shared client information with the tool?

User: Yes, a typical one. A client, Mme [[Paris|PERSON|name_is_place]], yes that is really her surname, [[Hélène Paris|PERSON|name_is_place]]. She lives in [[Paris|CITY]] but has a rental flat in [[Villeurbanne|CITY]] and a pension from [[Switzerland|COUNTRY]]. I pasted her avis with her numéro fiscal [[3012456789123|NATIONAL_ID|tax_number]] and her date of birth, [[14/02/1958|DATE]], to ask how the Swiss pension should be declared. I also gave the address of the flat, [[27 cours Émile-Zola, bât. C, 4e étage, 69100|ADDRESS]] [[Villeurbanne|CITY]], because of the rental income. And another time I pasted a whole payslip of her son [[Julien|PERSON]] with the social security number on it, [[1 84 07 69 123 456 78|NATIONAL_ID|nir]]. I didn't even look, I just selected all and copied.

AI: Did anyone in the firm react to that?

User: Our [[DPO|JOB_TITLE|abbreviation]], [[Marc-Antoine Lefèvre|PERSON|hyphenated]], sent a note in [[January|GENERIC_TIME]]: no NIR, no numéro fiscal, no names in external AI. Before that, nothing. To be honest the [[CNIL|ORGANIZATION|acronym]] guidance exists but nobody in small firms reads it. Now I anonymise: "Client A, retired, Swiss pension". It takes two minutes more, it's fine.

AI: How reliable is it on French tax rules?

User: For the general principles fine, for details dangerous. It mixed up the LMNP rules and it invented a BOFiP reference once, with a paragraph number that looked very real. It also doesn't know that the [[impots.gouv|SOFTWARE]] professional space has changed. I use it like a junior: good for a first draft, never for the final answer. [[The tax inspector|GENERIC_ROLE]] will not accept "the AI said so", and my professional insurance neither.

AI: Are there things you would never give it? And what would you like to see change?

User: Now, yes: the NIR, the numéro fiscal, bank details, anything about health. Before, no rule. What I still do, I must admit, is paste emails from clients, and the signature has everything, phone, address. For example [[Bernard Morel|PERSON]], our founder, his mails end with his mobile [[06 71 28 44 90|PHONE_NUMBER]] and nobody thinks about it. He is [[68|AGE]], he doesn't use AI, he says [[Emmanuel Macron|PUBLIC_FIGURE]] can do the AI summit, he will do the tax returns.
What I'd like to change: a proper tool inside our accounting software, [[Cegid|SOFTWARE]], that anonymises automatically. And clear guidance from the [[Ordre|ORGANIZATION|short_form]]. In [[France|COUNTRY]] everybody talks about sovereignty and [[Europe|CONTINENT]], but for small cabinets there is nothing concrete. If needed, write to me at [[t.girard@morel-associes.fr|EMAIL_ADDRESS]] or call [[04 78 92 13 55|PHONE_NUMBER]], not on [[Friday|GENERIC_TIME]] afternoon.""")

# 7 Germany - payroll officer
T.append("""AI: Hello and thanks for joining. Please tell me about yourself and your work.

User: Hallo! I'm [[Katrin Vogel|PERSON|name_is_word]], [[Lohnbuchhalterin|JOB_TITLE]] (payroll accountant) at [[Hanseatische Logistik GmbH|ORGANIZATION]] in [[Hamburg|CITY]]. We have about 640 employees, warehouses in [[Billbrook|CITY]] and [[Allermöhe|CITY]]. I've been doing payroll for 17 years, here since [[01.04.2015|DATE]]. My job: monthly payroll in [[DATEV|SOFTWARE]], social insurance notifications, certificates for the [[Agentur für Arbeit|ORGANIZATION]], garnishments (Pfändungen) which are a nightmare, and answering employees' questions about their payslips.

AI: How are you using AI tools in payroll?

User: Carefully, I hope :) We have [[Microsoft Copilot|AI_PRODUCT]] since [[last autumn|GENERIC_TIME]]. I use it mainly for
* writing explanations to employees ("why is my net lower in [[January|GENERIC_TIME]]?")
* summarising new rules, e.g. minimum wage changes
* formulas in [[Excel|SOFTWARE]] for the overtime reconciliation
Privately I also use [[ChatGPT|AI_PRODUCT]], and [[DeepL|AI_PRODUCT]] for English emails to our parent company in [[Denmark|COUNTRY]].

AI: Have you ever shared employee data in those tools?

User: Ja, once in a bigger way. We had a Pfändung for an employee, Herr [[Dariusz Nowicki|PERSON]], forklift driver in [[Billbrook|CITY]], with three creditors, and I didn't understand the order of priority. I copied the whole court order from the [[Amtsgericht Hamburg-Wandsbek|ORGANIZATION]] into [[ChatGPT|AI_PRODUCT]], including his Steuer-ID [[47 036 892 815|NATIONAL_ID|tax_id]], his SV-Nummer [[65 170889 N 003|NATIONAL_ID|social_insurance_no]], birthday [[17.08.1989|DATE]], and his address [[Rahlstedter Straße 112, 2. OG links, 22149|ADDRESS]] [[Hamburg|CITY]]. The answer was actually correct, I checked with our tax adviser, but afterwards our [[Datenschutzbeauftragte|JOB_TITLE]], Frau [[Ilse Brandt|PERSON]], heard about it.

AI: What happened after that?

User: She wasn't angry, more worried. We did a short training in [[March|GENERIC_TIME]]. Now the rule is: personal data only in [[Copilot|AI_PRODUCT]], because it's in our Microsoft tenant, and never in [[ChatGPT|AI_PRODUCT]]. Honestly I'm not sure it is so different but the IT people say it is. The [[Betriebsrat|ORGANIZATION]] also wants an agreement about AI, they are still negotiating with [[the management|GENERIC_ROLE]].

AI: What kind of mistakes have you seen?

User: It confuses German and Austrian rules, and sometimes gives old contribution rates. Once it told me to report something to the "Federal Tax Office" when I needed the [[Finanzamt Hamburg-Nord|ORGANIZATION]]. For formulas it's great. For law, it's like asking a clever trainee. Our real trainee, [[Leonie|PERSON]], trusts it too much, I always tell her: check [[ELSTER|SOFTWARE]], check the official source, then believe. Another thing: the garnishment tables change every [[July|GENERIC_TIME]], and it always gives me the old table, even when I tell it the year. So for Pfändungen I use it only to understand the order, never for the amounts. A colleague in HR uses it for job references, which in [[Germany|COUNTRY]] are a secret language, and it's surprisingly good at that.

AI: How do you feel about AI in payroll in the longer term? And is there anything else you'd like to add?

User: Mixed. Payroll is rules plus exceptions, and the exceptions are people's lives: divorces, garnishments, sick children. I don't want to be replaced by a bot, but I'd like less copy-paste. [[Germany|COUNTRY]] is slow with digitalisation, we still fax to some health insurers, you can laugh. And [[Europe|CONTINENT]] with the AI Act will make it stricter, which is ok for me. I'm [[52|AGE]], I will see the end of my career with this.
If you need me: [[k.vogel@hanseatische-logistik.de|EMAIL_ADDRESS]], or my private [[0151 2847 3390|PHONE_NUMBER]]. [[Wednesdays|GENERIC_TIME]] are bad, that's payroll closing, and the last week of the month forget it.""")

# 8 Italy - paralegal
T.append("""AI: Good morning, thanks for joining. Could you describe your role?

User: Buongiorno! I am [[Giulia Marchetti|PERSON]], [[29|AGE]], I work as [[paralegal|JOB_TITLE]] (here we say segretaria legale, I'm not doing the bar exam) at [[Studio Legale Rossi & Partners|ORGANIZATION]] in [[Bologna|CITY]]. The studio does family law and successions mostly. I prepare the filings on the [[PCT|SOFTWARE|acronym]], manage deadlines, collect documents from clients, and I write first drafts for Avv. [[Lorenzo Rossi|PERSON]] and Avv. [[Chiara Benedetti|PERSON]].

AI: Where do AI tools come in?

User: I started with [[ChatGPT|AI_PRODUCT]] in [[2023|DATE]], and now the studio pays [[Claude|AI_PRODUCT]] for me and for Avv. [[Benedetti|PERSON]]. Avv. [[Rossi|PERSON]] doesn't trust it, he's [[67|AGE]] and still prints everything ahah. I use it for: translating documents from English clients, making chronologies from long email threads, first drafts of letters to the other side. We also have [[DeJure|SOFTWARE]] for case law, which now has an AI search, but it's expensive and slow.

AI: Could you tell me about a file where you used it?

User: Sì. We have an English client, [[Florence Whitaker|PERSON|name_is_place]], separated from an Italian husband. They lived in [[Florence|CITY|name_is_place]], then she moved to [[Bologna|CITY]] with the kids. [[Florence|PERSON|name_is_place]] writes very long emails in English, I paste them in [[Claude|AI_PRODUCT]] to summarise and translate for [[the Avvocato|GENERIC_ROLE]]. The emails have everything: her codice fiscale [[WHTFNC79D52Z114K|NATIONAL_ID|codice_fiscale]], born [[12 aprile 1979|DATE]], her new address [[Via Santo Stefano 43, scala B, int. 6, 40125|ADDRESS]] [[Bologna|CITY]], the kids' names [[Oliver|PERSON]] and [[Matilde|PERSON]], their school, [[Scuola Primaria Carducci|SCHOOL]], even the husband's medical things. The husband's lawyer is Avv. [[Paolo Greco|PERSON]] in [[Firenze|CITY]]. The case is [[RG 4471/2023|NATIONAL_ID|case_number]] at the [[Tribunale di Bologna|ORGANIZATION]].

AI: Did you think about privacy at the time?

User: Not really at the beginning. Then the [[Ordine degli Avvocati di Bologna|ORGANIZATION]] organised a seminar on AI and GDPR, Avv. [[Benedetti|PERSON]] went and came back a bit scared. You remember the [[Garante|ORGANIZATION|short_form]] blocked [[ChatGPT|AI_PRODUCT]] in [[Italy|COUNTRY]] for some weeks. Now I replace names with initials, F.W., but honestly when I'm in a hurry on [[Friday afternoons|GENERIC_TIME]] I forget. The worst are the [[WhatsApp|SOFTWARE]] voice messages from clients, I transcribe them and paste everything, because clients talk like a diary, with the names of the children, the teachers, the new boyfriend. In family law every detail is sensitive, and the other side would love to have it.

AI: Is the quality good enough for legal work?

User: For translation very good. For Italian law it's ok but it sometimes cites articles of the codice civile wrong, and once for the assegno di mantenimento it gave me an answer based on [[UK|COUNTRY]] law. It knows everything about [[Giorgia Meloni|PUBLIC_FIGURE]] and politics but nothing about what [[the judge|GENERIC_ROLE]] in [[Bologna|CITY]] actually wants in a ricorso, ahah.

AI: How do other people in the studio use it? Finally, what would help you?

User: The other segretaria, [[Franca|PERSON]], only for emails. The trainee lawyers, [[the praticanti|GENERIC_ROLE]], use it all the time for research and then Avv. [[Rossi|PERSON]] finds mistakes and gets angry. There's no written rule. I think a small studio like ours will wait until the [[Ordine|ORGANIZATION|short_form]] says something.
What would help: a version inside our [[Outlook|SOFTWARE]] that hides the names automatically. And a studio policy, even one page. If you need more you can write to my PEC [[giulia.marchetti@pec.studiorossi.it|EMAIL_ADDRESS]] or normal mail [[giulia punto marchetti chiocciola gmail punto com|OBF_EMAIL|spelled_in_italian]].""")

# 9 Spain - municipal clerk
T.append("""AI: Hello, thank you for joining us. Could you tell me about your job?

User: hola! sorry my english is not perfect. I am [[Lucía Ferrer Roig|PERSON|double_surname]], I work in the [[Ayuntamiento de València|ORGANIZATION]], in the [[Servicio de Padrón|ORGANIZATION]]. I'm [[auxiliar administrativa|JOB_TITLE]] since [[2011|DATE]]. Every day people come to register their address (empadronamiento), ask for certificates, change of domicile, foreigners who need the padrón for the NIE... Most of my work is checking documents and typing in the municipal system.

AI: How do you use AI tools in this work?

User: I use [[ChatGPT|AI_PRODUCT]] on my phone, not on the work computer because it is blocked. For example to write emails in English or French to foreign residents, or to understand documents from other countries, a Moroccan rental contract, a Ukrainian birth certificate... I take a photo and ask what it says. My compañera [[Maite|PERSON|nickname]] ([[María Teresa Llorens|PERSON]]) uses [[Copilot|AI_PRODUCT]] which the [[Ayuntamiento|ORGANIZATION|short_form]] has in [[Teams|SOFTWARE]] now, but only for text, not photos.

AI: Could you describe a specific time you used it with a resident's documents?

User: yes... last [[Tuesday|GENERIC_TIME]] a man came, [[Oleksandr Kovalenko|PERSON]], with a Ukrainian document for his daughter [[Sofiia|PERSON]], born [[03.05.2016|DATE]], and I could not read it. I made a photo with my phone and sent to [[ChatGPT|AI_PRODUCT]], it translated everything, including his passport number [[FT482913|NATIONAL_ID|passport]] and his NIE [[Y4827163L|NATIONAL_ID|nie]]. The new address was [[C/ de Sueca, 27, pta. 8, 46006|ADDRESS]] [[València|CITY]], in [[Russafa|CITY]]. It helped a lot because otherwise he waits two weeks for a sworn translation and the girl cannot start school. But the photo is in my phone gallery and in the chat history. Hmm.

AI: Is there a rule in your office about this?

User: There is a document from [[the data protection officer|GENERIC_ROLE]] of the city saying don't use private apps for citizen data. Everybody knows, nobody reads. My boss, Sra. [[Amparo Soler|PERSON]], the [[jefa de sección|JOB_TITLE]], says we should use the official translation service but it takes days. And with the queue in [[September|GENERIC_TIME]] when the students arrive... impossible.

AI: Which other tasks do you use it for?

User: - help people fill the forms of the [[Sede Electrónica|SOFTWARE]] when they don't know how, or when their [[Cl@ve|SOFTWARE]] doesn't work
- write the reports for the "bajas de oficio" (removing people from the census who don't live there anymore). There I put names too, like [[Rafael Benlloch Martí|PERSON|double_surname]], DNI [[48392017K|NATIONAL_ID|dni]], [[72|AGE]] years, born [[15 de marzo de 1952|DATE]], last known address [[Av. del Port, 141, esc. 2, 5ª|ADDRESS]], in [[El Grau|CITY]]
- check the monthly statistics in [[Excel|SOFTWARE]]
- sometimes a complaint letter to the [[Síndic de Greuges|ORGANIZATION]] needs an answer, I ask it to make the tone more polite

AI: What worries you most? And is there anything else you want to add?

User: That a citizen finds out. Spanish people are very sensitive with the DNI, and the [[AEPD|ORGANIZATION|acronym]] gives big fines, also to public administrations. It is a problem of image for the [[Ayuntamiento|ORGANIZATION|short_form]] too. But honestly the tools help me to treat people better, specially the ones from [[Africa|CONTINENT]] who speak French or English and nobody in the office understands them. [[The citizens|GENERIC_ROLE]] don't care how I do it, they want their certificate.
and for the rest, only that we need training, real training, not a video. If you need me my number is [[+34 612 48 93 07|PHONE_NUMBER]] or mail [[luciaferrer.roig@gmail.com|EMAIL_ADDRESS]]. In [[Spain|COUNTRY]] in [[August|GENERIC_TIME]] nobody answers, so better before.""")

# 10 UK - solicitor
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your work?

User: Sure. I'm [[Daniel Hughes|PERSON]], [[Senior Associate|JOB_TITLE]] in the private client team at [[Hartley Birch LLP|ORGANIZATION]] in [[Manchester|CITY]], office in [[Spinningfields|CITY]]. Qualified as a [[solicitor|JOB_TITLE]] in [[2012|DATE]] after [[University of Leeds|SCHOOL]] and the LPC at [[BPP|SCHOOL|acronym]]. I do wills, probate, lasting powers of attorney and deputyships in the [[Court of Protection|ORGANIZATION]]. [[SRA|ORGANIZATION|acronym]] number [[612947|NATIONAL_ID|professional_reg]] in case you need to verify I'm real, ha.

AI: How do AI tools feature in your work?

User: The firm rolled out [[Lexis+ AI|AI_PRODUCT]] about a year ago and we're piloting [[Harvey|AI_PRODUCT|name_is_person_name]] in the corporate team, private client doesn't have it yet. I use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] daily for summarising email chains. And, confession, I use [[ChatGPT|AI_PRODUCT]] on my personal account for first drafts of letters to families, because it's better at tone than [[Lexis|AI_PRODUCT|short_form]].

AI: Could you walk me through an example involving client information?

User: Probate file, [[last month|GENERIC_TIME]]. The deceased was [[Margaret Anne Doyle|PERSON]], died on the [[3rd of March|DATE]]. Her daughter [[Chelsea Morgan|PERSON|name_is_place]] is the executor and lives in [[Chelsea|CITY|name_is_place]], of all places, she thinks that's hilarious. I pasted the draft estate accounts into [[ChatGPT|AI_PRODUCT]] to check the arithmetic and explain IHT to [[Chelsea|PERSON|name_is_place]] in plain English. That included [[Margaret|PERSON]]'s NI number [[JT 48 31 92 B|NATIONAL_ID]], her address, [[Flat 3, 22 Wilmslow Road|ADDRESS]], [[Rusholme|CITY]], [[M14 5TQ|ADDRESS|postcode]], the bank accounts and the valuation of the flat. I only noticed when I scrolled back up.

AI: What made you think about that afterwards?

User: The [[SRA|ORGANIZATION|acronym]] put out a risk outlook on AI, and our [[compliance partner|JOB_TITLE]], [[Priya Shah|PERSON]], circulated a policy in [[November|GENERIC_TIME]]: no client data into public tools, full stop. I realised I'd been breaching it before it even existed. [[HMRC|ORGANIZATION|acronym]] would be unimpressed too, frankly, if the IHT400 figures ended up anywhere odd. That evening I went back through my chat history and deleted about forty conversations, which probably achieves nothing, but it made me feel better. My wife, [[Hannah|PERSON]], who's a [[GP|JOB_TITLE]], just laughed and said doctors have been doing the same with dictation apps for years.

AI: How accurate are the outputs for probate work?

User: [[Lexis+ AI|AI_PRODUCT]] is grounded so it's decent on law, though I've caught it citing a case that didn't say what it claimed. [[ChatGPT|AI_PRODUCT]] is great at letters and rubbish at IHT thresholds, it gave me the old nil-rate band once. For deputyship reports it's helpful for structure but [[the judge|GENERIC_ROLE]] doesn't care about nice prose. Our trainee, [[Josh|PERSON]], drafted a whole witness statement with it and [[my supervising partner|GENERIC_ROLE]] spotted it in two minutes because it said "delve" three times.

AI: What would an ideal setup look like for you? And, to close, anything else you'd like to add?

User: Honestly: [[Harvey|AI_PRODUCT|name_is_person_name]] or [[Lexis+ AI|AI_PRODUCT]] for everything, inside the firm's tenant, with automatic redaction before anything leaves. I also think the [[Law Society|ORGANIZATION]] should give clearer practical guidance. Every conference, someone quotes [[Richard Susskind|PUBLIC_FIGURE]] saying lawyers will be replaced, and meanwhile I'm manually deleting NI numbers from a PDF. In the [[UK|COUNTRY]] we're supposed to be leading on this.
Only that I'm happy to follow up. Email's [[d hughes at hartleybirch dot co dot uk|OBF_EMAIL|spelled_at_dot]] (writing it like that for the scrapers), or mobile [[07700 914 382|PHONE_NUMBER]]. Not [[Thursdays|GENERIC_TIME]], that's usually when I'm at the [[Manchester Civil Justice Centre|ORGANIZATION]].""")

# 11 Ireland - HR and payroll officer
T.append("""AI: Hello, thanks for taking part. Could you introduce yourself and your work?

User: hi, [[Aoife Brennan|PERSON]] here, [[HR and Payroll Officer|JOB_TITLE]] at [[Lee Valley Foods|ORGANIZATION]], we're a food processing company out in [[Little Island|CITY]], just outside [[Cork|CITY]]. about 280 staff, lots of seasonal workers from [[Brazil|COUNTRY]] and [[Poland|COUNTRY]]. I'm [[34|AGE]], been there since [[2017|DATE]]. I do payroll on [[BrightPay|SOFTWARE]], contracts, onboarding, sick leave, and all the [[Revenue|ORGANIZATION|name_is_word]] stuff on [[ROS|SOFTWARE|acronym]].

AI: How are you using AI tools in that role?

User: mostly [[ChatGPT|AI_PRODUCT]], free version, sometimes [[Copilot|AI_PRODUCT]] since we got [[Microsoft 365|SOFTWARE]]. things like
- drafting contracts for seasonal staff in plain english and portuguese
- writing the letter when someone's sick pay is running out
- explaining payslips (the USC and PRSI questions never end)
- helping with the job ads
[[my manager|GENERIC_ROLE]] [[Siobhán|PERSON]] (everyone calls her [[Shiv|PERSON|nickname]]) is very pro AI, she did a short course at [[UCC|SCHOOL|acronym]] on it

AI: Can you tell me about a time personal details went into one of those tools?

User: ya loads tbh. the one that stands out: a worker, [[Thiago Alves Pereira|PERSON]], had an issue with his PPS number not matching what [[Revenue|ORGANIZATION|name_is_word]] had, so he was on emergency tax. I pasted his whole onboarding form into [[ChatGPT|AI_PRODUCT]] to write a letter for him to bring to [[Intreo|ORGANIZATION]]: PPS [[7654321WA|NATIONAL_ID|pps]], date of birth [[23/11/1996|DATE]], address [[Apt 12, Harbour View, Water Street|ADDRESS]], [[Cobh|CITY]], [[P24 XK82|ADDRESS|eircode]], his phone [[087 312 6650|PHONE_NUMBER]]. and his Brazilian CPF too because it was on the form, [[402.118.736-20|NATIONAL_ID|cpf]]. the letter was grand but yeah

AI: Has there been any guidance from the company?

User: [[Shiv|PERSON|nickname]] made a one-page AI policy in [[May|GENERIC_TIME]] after the [[Data Protection Commission|ORGANIZATION]] put something out. it says no PPS numbers, no health info. sick certs are health info so I've stopped pasting those. before that I'd paste the whole cert, like from the [[GP|JOB_TITLE]] in [[Ballincollig|CITY]], Dr. [[Eoin Cremin|PERSON]], diagnosis and all. not great lol

AI: How do the outputs hold up?

User: for letters, great. for Irish employment law it's hit and miss, it mixes up [[UK|COUNTRY]] rules, like it talks about SSP which isn't a thing here. once it told someone they had 28 days annual leave which is not right, [[the lads in the warehouse|GENERIC_ROLE]] were delighted until I corrected it. and the portuguese comes out as [[Portugal|COUNTRY]] portuguese not Brazilian, the lads noticed straight away. I also use it for the rosters sometimes, I paste the names and shifts and ask it to check we don't break the 11 hour rest rule, that works well actually. but again that's everybody's name and hours, and sometimes a note like 'hospital appt' next to someone. never thought of that as personal data until the course

AI: Anything you'd change about how you use these tools? And anything else to add before we finish?

User: i'd like something that strips the names out automatically, like a button. and proper training, not a pdf. The [[Operations Director|JOB_TITLE]], [[Declan Fitzgerald|PERSON]], wants AI to do all of onboarding by next year which scares me a bit. people's first day shouldn't be a chatbot. here in [[Ireland|COUNTRY]] everyone is friendly, the chatbot is not
that's it really. if you need me, [[aoife.brennan@leevalleyfoods.ie|EMAIL_ADDRESS]] or [[linkedin.com/in/aoifebrennan-hr|URL]]. I'm off [[Fridays|GENERIC_TIME]] during the summer, 4 day week trial""")

# 12 Poland - customs broker
T.append("""AI: Good afternoon. Could you tell me about yourself and your work?

User: Good afternoon. [[Bożena Wróbel|PERSON]], I am [[agent celny|JOB_TITLE]], licensed customs representative. I have my own agency [[Wróbel Cargo Sp. z o.o.|ORGANIZATION]] in [[Gdańsk|CITY]], near the port in [[Nowy Port|CITY]]. I'm on the customs agents list since [[2005|DATE]], my entry number is [[PL/AC/3378|NATIONAL_ID|professional_reg]]. We do import clearance for containers from [[China|COUNTRY]] and [[Vietnam|COUNTRY]], also excise goods. 4 employees. Paperwork: declarations in [[PUESC|SOFTWARE]], tariff classification, origin certificates, guarantees.

AI: How have AI tools become part of that?

User: Tariff classification is where I use it most. A client sends invoice: "LED decorative item, plastic, 24V" and I need the CN code. I ask [[ChatGPT|AI_PRODUCT]] to propose codes and explanations, then I check in [[ISZTAR|SOFTWARE]] (the Polish tariff system). Also for translating Chinese invoices and packing lists, [[DeepL|AI_PRODUCT]] is better for that. My employee [[Kasia|PERSON|nickname]] uses [[Gemini|AI_PRODUCT]] on her [[Android|SOFTWARE]] phone.

AI: Does any personal data go into those prompts?

User: Mostly it's company data, but many of our clients are one-person businesses (JDG), so the company IS the person. Example: [[Tomasz Zieliński|PERSON]], he imports e-bikes, the business is on his own name, so his NIP [[584-273-91-00|NATIONAL_ID|tax_number]] and EORI [[PL5842739100000|NATIONAL_ID|eori_contains_nip]] are basically him. His PESEL [[78041512346|NATIONAL_ID|pesel]] is also on the power of attorney, and his home address [[ul. Grunwaldzka 211/14, 80-266|ADDRESS]] [[Gdańsk|CITY]], in [[Wrzeszcz|CITY]]. I pasted the power of attorney into [[ChatGPT|AI_PRODUCT]] to translate it into English for the Chinese supplier. Only later I saw it was all there.

AI: How does your profession regulate this?

User: Customs service, [[KAS|ORGANIZATION|acronym]], [[Krajowa Administracja Skarbowa|ORGANIZATION]], has strict rules for the [[PUESC|SOFTWARE]] access, but about AI nothing. GDPR of course, the [[UODO|ORGANIZATION|acronym]] is the authority. I am more afraid of tariff mistakes than data, to be honest: a wrong code can cost the client 20% duty plus anti-dumping. My accountant Pani [[Ewa|PERSON|honorific_pani]] says never trust AI with numbers, and she is usually right.

AI: Can you describe a recent mistake the AI made?

User: Yes in [[February|GENERIC_TIME]], it proposed a code for e-bike batteries from the wrong chapter, and it invented an anti-dumping rate with big confidence. If I didn't check we would pay penalties. Also it doesn't know the local practice of the [[Izba Administracji Skarbowej w Gdańsku|ORGANIZATION|inflected_city]], for example which office wants originals and which accepts scans. That you learn only after 20 years. Another time it translated a Chinese certificate of origin and changed the exporter's name by one letter, and the customs office rejected the preference. Small thing, big consequence: the client paid full duty and we waited three months for the refund. Since then [[Kasia|PERSON|nickname]] compares every name letter by letter.

AI: Do your employees follow any rules when using it? And what would help you?

User: Now yes, I made rules after this interview invitation actually :) No PESEL, no addresses, company name only when needed. [[Kasia|PERSON|nickname]] is [[26|AGE]], she uses it for everything, also to write to her boyfriend haha. The older one, Pan [[Zbyszek|PERSON|honorific_pan]], doesn't touch it, he says in [[Poland|COUNTRY]] customs will always be paper.
What would help: a tool that knows EU customs law and is hosted in [[Europe|CONTINENT]]. And that removes the PESEL automatically. If you want to contact: [[b.wrobel@​wrobelcargo.pl|OBF_EMAIL|zero_width]], phone [[+48 58 341 22 07|PHONE_NUMBER]]. Not on [[Mondays|GENERIC_TIME]], ships arrive.""")

# 13 India - auditor
T.append("""AI: Hello, thanks for joining. Please tell me about yourself and your work.

User: Hello. I am CA [[Rohit Kulkarni|PERSON|title_ca]], [[39|AGE]], [[audit partner|JOB_TITLE]] at [[Kulkarni Deshpande & Co.|ORGANIZATION]], a mid-size CA firm in [[Pune|CITY]]. Qualified in [[2010|DATE]], membership no. [[148203|NATIONAL_ID|professional_reg]] with the [[ICAI|ORGANIZATION|acronym]]. We do statutory audits of private companies, tax audits under section 44AB, and some bank branch audits in the [[March|GENERIC_TIME]] to [[April|GENERIC_TIME]] season, which is madness, 18 hour days.

AI: How are AI tools part of your audit work?

User: We use [[ChatGPT|AI_PRODUCT]] Plus on a firm account since [[FY 2023-24|DATE|fiscal_year]]. Main uses:
a) drafting audit observations and management letter points
b) summarising board minutes
c) writing [[Excel|SOFTWARE]] macros for ledger scrutiny from [[Tally|SOFTWARE]] exports
d) checking Ind AS disclosure requirements, but we verify every time
My article assistant [[Sneha|PERSON]] uses [[Gemini|AI_PRODUCT]] for her notes, she is faster than me with these tools.

AI: When you summarise documents or ledgers, what information is in them?

User: For proprietorships and small companies the promoter's details are everywhere. In one tax audit [[last year|GENERIC_TIME]], proprietor [[Meenakshi Iyer|PERSON]], PAN [[AKPPI4821L|NATIONAL_ID|pan]], Aadhaar [[4821 7730 1956|NATIONAL_ID|aadhaar]], residence [[Flat 302, B-Wing, Sai Krupa CHS, Lane 7|ADDRESS]], [[Karve Nagar|CITY]], [[Pune|CITY]] [[411052|ADDRESS|pin_code]]. I pasted the ledger with her drawings and the bank statement to find unexplained cash deposits. The PAN and Aadhaar were on the KYC page which I pasted along without thinking. Her husband [[Venkat|PERSON]]'s account was also there because of a joint FD.

AI: What does your firm or the institute say about this?

User: [[ICAI|ORGANIZATION|acronym]] has issued some material on technology, and there is the new DPDP Act, but our firm has no written policy. Our [[senior partner|JOB_TITLE]], Mr. [[Anand Deshpande|PERSON]], feels clients would be upset if they knew. The [[NFRA|ORGANIZATION|acronym]] is much stricter for listed companies, but we don't audit listed ones, so nobody checks us on this. Peer review is coming in [[December|GENERIC_TIME]] though.

AI: How accurate do you find the outputs?

User: For language, 9/10. For Indian tax, maybe 6/10. It confuses old and new regime slabs, and once quoted a section of the Income Tax Act which was omitted years ago. It assumes [[US|COUNTRY]] GAAP sometimes. I tell juniors: treat it like a smart intern from the [[US|COUNTRY]] who has never seen [[India|COUNTRY]]. Every budget speech by [[Nirmala Sitharaman|PUBLIC_FIGURE]] changes something and the model doesn't know the latest. Another issue is lakhs and crores, sometimes it converts to millions on its own and the management letter looks strange to the client. And for GST reconciliations it is simply not reliable, the data is too big and it skips rows without telling you. We learned that during one audit in [[Chakan|CITY]], a vendor's invoices just disappeared from the summary.

AI: Are there tasks where you decided not to use it? And what would you improve?

User: Yes:
1. Final audit opinion, never.
2. Anything where we sign a certificate, like 15CB for foreign remittances.
3. Independence confirmations.
But for drafting, summarising, formatting, it's part of daily life now. Even my mother in [[Nashik|CITY]] uses it for recipes haha.
To improve:
1. enterprise account with no training on our data
2. automatic masking of PAN and Aadhaar before sending
3. integration with [[CaseWare|SOFTWARE]], which we use for working papers
Contact: [[rohit.kulkarni@kdco.in|EMAIL_ADDRESS]], mobile [[+91 98220 47361|PHONE_NUMBER]]. Office hours [[Monday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]], in [[Asia|CONTINENT]] we work Saturdays also!""")

# 14 Philippines - hospital doctor
T.append("""AI: Hi! Thank you for joining. Could you tell me about yourself and your work?

User: hello po! I'm [[Jerome Villanueva|PERSON]], [[2nd year resident|JOB_TITLE]] in Internal Medicine at [[Vicente Sotto Memorial Medical Center|ORGANIZATION]] ([[VSMMC|ORGANIZATION|acronym]]) here in [[Cebu City|CITY]]. [[31|AGE]] na ako haha. Graduated from [[Cebu Institute of Medicine|SCHOOL]]. Duty is 24 hrs q3, and honestly half of it is paperwork: admission notes, discharge summaries, [[PhilHealth|ORGANIZATION]] forms, referrals, med certs, clinical abstracts for [[PCSO|ORGANIZATION|acronym]] guarantee letters so patients can get financial help.

AI: How do you use AI tools in that?

User: mostly [[ChatGPT|AI_PRODUCT]] for:
- turning my handwritten notes into clean discharge summaries
- med cert wording
- the clinical abstract for Malasakit / [[PCSO|ORGANIZATION|acronym]], which needs to sound very formal
- translating instructions to Bisaya for patients' families
sometimes [[Gemini|AI_PRODUCT]] bc it's free on my phone. we still chart on paper mostly, [[iHOMIS|SOFTWARE]] is only for the admin side. my co-resident [[Bong|PERSON|nickname]] (real name [[Ronaldo Sabado|PERSON|name_is_word]]) uses it for journal reports too.

AI: Can you describe a specific case where you used it with patient details?

User: yes po. [[last week|GENERIC_TIME]] we had Lola [[Pacita|PERSON|kinship_honorific]], [[Pacita Abellana|PERSON]], [[78|AGE]] y/o, from [[Carcar|CITY]], admitted for CAP and CHF. her family needed a [[PCSO|ORGANIZATION|acronym]] abstract asap. i typed everything into [[ChatGPT|AI_PRODUCT]]: full name, birthday [[March 3, 1946|DATE]], hospital no. [[VS-2024-118452|NATIONAL_ID|case_number]], [[PhilHealth|ORGANIZATION]] no. [[12-345678901-2|NATIONAL_ID]], address [[Purok 3, Brgy. Valladolid|ADDRESS]], [[Carcar|CITY]], her son's number [[0917 482 3365|PHONE_NUMBER]]. It made a very good abstract. they got the guarantee letter the same day! so for me it was a win, but now that you ask, yeah that's all her data lol

AI: Has the hospital or your program said anything about AI?

User: [[our program director|GENERIC_ROLE]] said during endorsement that we shouldn't rely on AI for clinical decisions, but nothing about privacy. The [[DOH|ORGANIZATION|acronym]] has a data privacy circular and the [[National Privacy Commission|ORGANIZATION]] is quite active after the [[PhilHealth|ORGANIZATION]] hack. [[the consultants|GENERIC_ROLE]] also use it, Dra. [[Santos|PERSON]], our [[chief resident|JOB_TITLE]], uses it for her lectures. my [[PRC|ORGANIZATION|acronym]] license no. is [[0123987|NATIONAL_ID|professional_reg]] and i worry if there's ever a complaint na

AI: How good are the outputs medically?

User: good for english, but it sometimes adds things na wala sa notes, like it wrote "patient denies chest pain" when I never asked. dangerous! also it uses [[US|COUNTRY]] brand names and doses sometimes. and the Bisaya translation is so-so, it mixes Tagalog words. I think [[the patients|GENERIC_ROLE]] wouldn't mind if it helps them get the money faster, but still, it's their info. also sometimes it refuses to write the abstract because it says it cannot give medical advice, so I have to tell it I am the doctor haha. sa [[Philippines|COUNTRY]], people trust doctors a lot.

AI: Do you ever use it outside the hospital for work things? Last question too: what would make it safer?

User: yes for my board review before, and for my own papers. like when I renewed my [[PRC|ORGANIZATION|acronym]] ID I asked it what documents I need, and I typed my birthday [[September 21, 1993|DATE]] and my address in [[Mandaue|CITY]], [[Block 7 Lot 12, Pacific Grand Villas|ADDRESS]]. not needed haha. I use [[Messenger|SOFTWARE]] and [[Viber|SOFTWARE]] with the family groups of patients too, that's another privacy issue
to make it safer: a hospital-approved tool, offline if possible, and maybe auto-remove names. also less paperwork in general haha. if you need me: [[jerome.villanueva.md@gmail.com|EMAIL_ADDRESS]], or [[@docjeromev|SOCIAL_HANDLE]] on [[IG|SOFTWARE|abbreviation]]. I'm off [[Sundays|GENERIC_TIME]] usually, unless toxic ang duty.""")

# 15 Japan - labour and social security attorney
T.append("""AI: Hello, thank you for participating. Could you introduce yourself and your work?

User: Hello. My name is [[Tanaka Yui|PERSON|surname_first]], in English order [[Yui Tanaka|PERSON]]. I am a [[shakai hoken roumushi|JOB_TITLE]], labour and social security attorney, registration number [[27190345|NATIONAL_ID|professional_reg]] with the [[Osaka SR Association|ORGANIZATION]]. I work at [[Umeda Roumu Office|ORGANIZATION]] in [[Kita-ku|CITY]], [[Osaka|CITY]]. We handle payroll and social insurance procedures for about 40 small companies: employment insurance, pension, health insurance, and work rules.

AI: How do you use AI tools in that work?

User: I use [[ChatGPT|AI_PRODUCT]] since [[Reiwa 5|DATE|era_year]] ([[2023|DATE]]). Mainly for:
・English and Vietnamese explanations for foreign workers of client companies
・summarising law changes, e.g. social insurance expansion
・drafting work rules (shūgyō kisoku), first version
We file through [[e-Gov|SOFTWARE]] and payroll is in [[freee|SOFTWARE]]. My senior colleague [[Sato|PERSON|honorific_suffix]]-san prefers [[Copilot|AI_PRODUCT]] because our office uses Microsoft.

AI: Could you give an example where personal information was included?

User: Yes... it is embarrassing. A client company has Vietnamese technical intern workers. One of them, [[Nguyen Van Hung|PERSON]], had an accident at the factory and needed a workers' compensation application. I pasted his details to make a Vietnamese explanation for him: My Number [[4829 1736 5012|NATIONAL_ID|my_number]], residence card [[UH48273915JA|NATIONAL_ID|residence_card]], birthday [[1998年7月14日|DATE|kanji_date]], address [[大阪府東大阪市|CITY|japanese_script]][[長田東2-4-18 レオパレス長田203号室|ADDRESS|japanese_script]]. Also his supervisor [[Yamamoto|PERSON|honorific_suffix]]-buchō and his phone. The explanation was good, Mr. [[Nguyen|PERSON]] understood everything. But I put My Number into a foreign service.

AI: Did you realise at the time?

User: Not at first. Then [[Sato|PERSON|honorific_suffix]]-san told me the [[PPC|ORGANIZATION|acronym]] warned about generative AI and personal information. My Number is specially protected in [[Japan|COUNTRY]], there is a special law, and as roumushi we are strictly regulated. If the association knew, maybe disciplinary action. So now I use placeholders like "Worker A" and I delete the chat history. I also told the client company, because they are responsible for the intern's data too. The president was not worried, he said everybody uses [[LINE|SOFTWARE]] for everything anyway, which is true, the interns send photos of their residence cards by [[LINE|SOFTWARE]] to the supervisor. So the problem is bigger than AI.

AI: How is the quality of the outputs?

User: Vietnamese is good, according to the workers. Japanese legal text is ok, but sometimes it uses old rates of employment insurance, and it doesn't understand the practice of [[Hello Work|ORGANIZATION]] offices, which is different in each office honestly. Once I also asked it about my own pension, I said I was born in [[Heisei 2|DATE|era_year]] and it calculated my age wrong by two years, I am [[34|AGE]]. Era years confuse it. For work rules it is actually useful, it gives a good structure, but Japanese companies have many special customs, like the commuting allowance or the family allowance, and it writes them like a Western company. I rewrite maybe half.

AI: Do your clients know you use these tools? And what improvements would you like?

User: Some. The president of one client, Mr. [[Kobayashi|PERSON]], uses it more than me. Older clients in [[Higashiosaka|CITY]] factories don't like it, they prefer fax and hanko. In [[Asia|CONTINENT]] generally I think [[Japan|COUNTRY]] is slow, [[Korea|COUNTRY]] and [[Singapore|COUNTRY]] are faster with digital government.
Improvements: a tool inside [[e-Gov|SOFTWARE]] or [[freee|SOFTWARE]] which hides My Number automatically. And guidelines from the association, with examples. Contact: [[y.tanaka@umeda-roumu.jp|EMAIL_ADDRESS]], mobile [[０９０－４８２７－３３１６|OBF_PHONE|full_width]]. [[Weekends|GENERIC_TIME]] I don't check email, sorry.""")

# 16 Singapore - compliance officer
T.append("""AI: Hi, thanks for joining today. Could you tell me about your role?

User: Hi! I'm [[Tan Wei Ling|PERSON|surname_first]], most people just call me [[Wei Ling|PERSON]]. I'm [[AVP, Financial Crime Compliance|JOB_TITLE]] at [[OCBC|ORGANIZATION|acronym]], based at the [[Tampines|CITY]] office. Been in compliance since [[2015|DATE]], before that I was in forensics at [[Deloitte|ORGANIZATION]]. My team handles transaction monitoring alerts, EDD reviews for high-risk customers, and STR filing to [[STRO|ORGANIZATION|acronym]]. Everything is inspected by [[MAS|ORGANIZATION|acronym]] so documentation is intense, if it's not written down it didn't happen.

AI: How do you use AI tools in that work?

User: The bank has an internal assistant, [[OCBC GPT|AI_PRODUCT]], approved for internal data. Uses:
- summarising alert narratives
- drafting EDD memos
- comparing adverse media hits against the customer profile
We are not allowed [[ChatGPT|AI_PRODUCT]] on bank laptops. For screening we use [[World-Check|SOFTWARE]] and the alerts come from [[Actimize|SOFTWARE]]. At home I use [[Claude|AI_PRODUCT]] for my own stuff, like my kid's school forms lol.

AI: So customer data goes into the internal tool?

User: Yes, that's the point, it's approved for confidential data. Though I did something not approved once. At home, the internal tool was down and the EDD deadline was next morning, so I used my personal [[ChatGPT|AI_PRODUCT]] to restructure the memo. The memo had the customer: [[Lim Chee Hwa|PERSON]], NRIC [[S7734821H|NATIONAL_ID|nric]], DOB [[1977-05-09|DATE|iso_date]], address [[Blk 123 Ang Mo Kio Ave 3, #08-456|ADDRESS]], [[S560123|ADDRESS|postcode]], plus his company [[Hwa Seng Trading Pte Ltd|ORGANIZATION]] and the whole source of wealth story, including his ex-wife in [[Johor Bahru|CITY]]. I deleted the chat after, but I know that's not how it works.

AI: Does anyone know about that?

User: I told my team lead, [[Hafiz|PERSON]], and we agreed to log it as a near-miss. The [[MAS|ORGANIZATION|acronym]] technology risk guidelines are clear, and the bank's [[Group Compliance|ORGANIZATION]] did a refresher after that. It was a bit awkward because I got promoted in [[Q3 2022|DATE]] partly for "strong control mindset" haha. Nobody was angry, but I felt the irony. I also checked with our DPO team whether we had to notify anyone. They said no, one customer and no sign of misuse, but they asked me to write a short memo about it, which, funny enough, I wrote without AI.

AI: How accurate are the outputs for compliance work?

User: For narrative, good. But it hallucinates adverse media if you ask open-ended. It once "remembered" a fraud case for a customer with a common Chinese name, which was actually about someone else in [[Malaysia|COUNTRY]]. In compliance that's dangerous, you could exit the wrong customer. So the rule in my team: AI can summarise what you give it, never search on its own. [[The relationship managers|GENERIC_ROLE]] don't like that, they want speed.

AI: How do you see AI changing compliance work in [[Singapore|COUNTRY]]? And what would you change?

User: It will reduce the L1 alert work a lot, maybe half. [[MAS|ORGANIZATION|acronym]] is actually encouraging, with the FEAT principles and all. Everyone talks about [[Jensen Huang|PUBLIC_FIGURE]] and chips, but our reality is 300 alerts a week. Across [[Asia|CONTINENT]] the banks are all racing to do this. My worry is juniors who never learn to read a statement themselves.
What I'd change: better redaction before anything leaves the bank's systems, and approved tools on mobile so people don't go to personal accounts at midnight like I did. Contact: [[weiling.tan.sg@gmail.com|EMAIL_ADDRESS]] or [[Telegram|SOFTWARE]] [[@wl_tan_fcc|SOCIAL_HANDLE]]. Or you can call, [[9 1 8 2 4 4 7 3|OBF_PHONE|spaced_digits]], after 7pm on [[weekdays|GENERIC_TIME]].""")

# 17 UAE - school registrar
T.append("""AI: Hello, and thank you for joining. Could you tell me about your role?

User: Hello! I'm [[Grace Mathew|PERSON|name_is_word]], [[Registrar|JOB_TITLE]] at [[Al Noor International Private School|ORGANIZATION]] in [[Khalifa City|CITY]], [[Abu Dhabi|CITY]]. Originally from [[Kottayam|CITY]] in [[Kerala|CITY|region]], in the [[UAE|COUNTRY]] since [[2009|DATE]]. We have around 1,900 students, 60 nationalities. I handle admissions, transfers, attendance records, the student data in [[eSIS|SOFTWARE]] for [[ADEK|ORGANIZATION|acronym]], equivalency certificates, Emirates ID and visa copies, and all the parent letters.

AI: How have AI tools become part of your work?

User: Oh a lot in the last year. Our [[Principal|JOB_TITLE]], Mr. [[David Okoro|PERSON]], encouraged us to use [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]]. I also use [[ChatGPT|AI_PRODUCT]] for Arabic letters because my Arabic is very basic. Uses:
1. parent circulars in English and Arabic
2. summarising transfer certificates from other countries
3. reminder emails for fee defaulters (politely!!)
4. [[Excel|SOFTWARE]] formulas for attendance percentages

AI: Could you describe a time student information went into one of these tools?

User: Many times, honestly. One example, a transfer from [[Jordan|COUNTRY]]: the student [[Layan Haddad|PERSON]], grade 7, born [[2011-10-02|DATE|iso_date]], her Emirates ID [[784-2011-4821736-2|NATIONAL_ID|emirates_id]], passport [[N4728193|NATIONAL_ID|passport]], the father Mr. [[Omar Haddad|PERSON]], his mobile [[+971 50 381 2297|PHONE_NUMBER]], their home [[Villa 17, Street 24|ADDRESS]], [[Khalifa City A|CITY]]. I pasted the Jordanian school report into [[ChatGPT|AI_PRODUCT]] to get the equivalency grades and it had all of that plus a medical note about her asthma. The grades came out right, but yes.

AI: Are there rules about this at your school or from [[ADEK|ORGANIZATION|acronym]]?

User: [[ADEK|ORGANIZATION|acronym]] has a data policy, schools must protect student records, and there is the federal data protection law. [[Our IT coordinator|GENERIC_ROLE]] says [[Copilot|AI_PRODUCT]] is safe because it's in our tenant, [[ChatGPT|AI_PRODUCT]] not. I'm not sure everybody follows. [[The teachers|GENERIC_ROLE]] paste report comments with student names all the time, I see it when I walk past. Also parents themselves send us everything by [[WhatsApp|SOFTWARE]]: passports, Emirates IDs, vaccination cards, custody papers after divorces. I forward to my work email, download, upload to [[eSIS|SOFTWARE]], and sometimes I paste the text into the chat to fill the forms faster. In [[August|GENERIC_TIME]] when admissions peak I handle maybe 200 files a week, so shortcuts happen.

AI: What about the quality?

User: English circulars perfect. Arabic ok, but a mother once corrected the grammar, a bit embarrassing, she is a [[professor|JOB_TITLE]] at [[UAE University|SCHOOL]] in [[Al Ain|CITY]]. Her name is Dr. [[Huda Al Mansoori|PERSON]], she was very kind about it. For equivalency it makes mistakes because every system is different, [[India|COUNTRY]] CBSE, British, American, and the [[MoE|ORGANIZATION|acronym]] rules change.

AI: Do you use it for your own paperwork too? And is there anything you would change?

User: Yes, for my residence visa renewal, I asked it to check the form and I typed my own Emirates ID [[784-1987-4821736-1|NATIONAL_ID|emirates_id]] and my passport number [[U5738291|NATIONAL_ID|passport]]. My husband [[Binu|PERSON]] said are you crazy. He is an [[accountant|JOB_TITLE]] at [[ADNOC|ORGANIZATION]], very careful person. I am [[46|AGE]] and still learning haha.
What I would change: a redaction feature before sending anything, automatic. And clear training for the admin staff, not only for [[the teachers|GENERIC_ROLE]]. Contact: [[grace.mathew at alnoor-ips dot ae|OBF_EMAIL|spelled_at_dot]], but [[WhatsApp|SOFTWARE]] is best. During [[Ramadan|GENERIC_TIME]] school hours are shorter so I have more time.""")

# 18 USA - benefits broker
T.append("""AI: Hi, thanks for being here. Can you tell me about yourself and what you do?

User: Sure! I'm [[Jordan Pierce|PERSON|name_is_place]], [[benefits broker|JOB_TITLE]] at [[Buckeye Risk Partners|ORGANIZATION]] in [[Columbus|CITY]], [[Ohio|CITY|state]]. Mostly Medicare supplements and small group health, some life. I'm [[42|AGE]], licensed since [[2008|DATE]], [[Ohio|CITY|state]] license [[1247390|NATIONAL_ID|professional_reg]], NPN [[19283746|NATIONAL_ID|npn]]. The paperwork is endless: applications, carrier forms, [[CMS|ORGANIZATION|acronym]] marketing compliance, E&O documentation, scope of appointment forms.

AI: How are AI tools part of that workload?

User: Our agency management system is [[Applied Epic|SOFTWARE]] (not the hospital [[Epic|SOFTWARE]] lol, people always ask). For AI:
- [[ChatGPT|AI_PRODUCT]] for comparison charts between carriers' plans
- [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for email
- [[Claude|AI_PRODUCT]] for reading long policy documents, it handles big PDFs well
My assistant [[Kayleigh|PERSON]] uses them for renewal letters and for the newsletter.

AI: Could you walk me through an example involving client details?

User: Sure, a typical Medigap switch. Client [[Dolores Whitfield|PERSON]], [[65|AGE]], DOB [[1959-07-14|DATE|iso_date]], Medicare number [[4TR7-HW2-KP58|NATIONAL_ID|mbi]], and her old card still had the SSN on a photocopy, [[412-08-7765|NATIONAL_ID|ssn]]. Address [[4410 N High St, Apt 2B|ADDRESS]], [[Clintonville|CITY]], [[Columbus|CITY]], [[OH|CITY|state_abbrev]] [[43214|ADDRESS|zip]]. I pasted her med list and current plan into [[ChatGPT|AI_PRODUCT]] to compare plan G options from [[Anthem|ORGANIZATION]] and [[Medical Mutual|ORGANIZATION]]. The med list basically told you her diagnoses. Then I thought, wait, this is PHI in a consumer app.

AI: What's your agency's policy?

User: We wrote one after an E&O carrier webinar in the [[spring|GENERIC_TIME]]. No PHI or SSNs in public AI, use initials, use the enterprise [[Copilot|AI_PRODUCT]] for anything with names. Our [[agency principal|JOB_TITLE]], [[Rick Hammond|PERSON]], made us all sign it. The [[Ohio Department of Insurance|ORGANIZATION]] hasn't said much specifically, but HIPAA applies regardless and a complaint would be ugly. Honestly the bigger exposure was call recordings. [[CMS|ORGANIZATION|acronym]] requires us to keep recordings of Medicare sales calls, and one of our producers, [[Tyler|PERSON]], was using a free transcription app on his phone, then pasting transcripts into [[ChatGPT|AI_PRODUCT]] for his call notes. Names, DOBs, doctors, meds, all of it. We caught it in a file review, nobody was harmed, but it took a week to clean up.

AI: How accurate are the tools for your work?

User: Good at comparing benefits on paper, bad at state-specific rules. It told me a birthday rule for Medigap that applies in [[California|CITY|state]] and [[Oregon|CITY|state]], not here. It also doesn't know current year rate changes. I saw [[Sam Altman|PUBLIC_FIGURE]] say it's like having a PhD in your pocket. My PhD does not know [[Ohio|CITY|state]] Medigap rules.

AI: How do clients react if they know? Anything else you'd like to add?

User: Older clients don't ask. Younger small-business owners sometimes send me their own [[ChatGPT|AI_PRODUCT]] answers and ask me to check them, which is its own problem. Funny thing, my name confuses people, one client asked if I was originally from [[Jordan|COUNTRY|name_is_place]]. I'm from [[Dayton|CITY]], ha. My spouse [[Marcus|PERSON]] thinks I should put that on my business card.
Just that brokers are small businesses, we can't afford the fancy compliant tools the big carriers use. If you want to follow up: [[jordan@buckeyerisk.com|EMAIL_ADDRESS]], cell [[(614) 555-0182|PHONE_NUMBER]], [[LinkedIn|SOFTWARE]] [[linkedin.com/in/jordanpierce-benefits|URL]], or [[X|SOFTWARE|single_letter]] [[@JordanPierceIns|SOCIAL_HANDLE]]. Open enrollment is [[October|GENERIC_TIME]] to [[December|GENERIC_TIME]] so avoid those months. Here in the [[United States|COUNTRY]] that's our Christmas.""")

# 19 Canada - immigration consultant
T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your practice?

User: Hi! [[Nadia Benali|PERSON]], [[Regulated Canadian Immigration Consultant|JOB_TITLE]], licence [[R712345|NATIONAL_ID|professional_reg]] with the [[College of Immigration and Citizenship Consultants|ORGANIZATION]]. I share a small office with a lawyer, Me [[Julien Tremblay|PERSON|title_me]], at [[4500, rue Saint-Denis, bureau 3|ADDRESS]] in the [[Plateau-Mont-Royal|CITY]], [[Montréal|CITY]]. Lots of francophone African clients: study permits, work permits, permanent residence through the [[Québec|CITY|province]] programs. Files go to [[IRCC|ORGANIZATION|acronym]] and to the [[MIFI|ORGANIZATION|acronym]] for [[Québec|CITY|province]] selection.

AI: How do AI tools fit into your work?

User: Huge part now. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] for:
- letters of explanation
- study plans for students (careful, officers recognise AI-generated ones!)
- summarising refusal letters and GCMS notes
- translating from French to English
Me [[Tremblay|PERSON|title_me]] uses [[Copilot|AI_PRODUCT]] and a legal AI, [[Alexi|AI_PRODUCT|name_is_person_name]]. Everything is submitted through [[GCKey|SOFTWARE]] and the [[IRCC portal|SOFTWARE]].

AI: Could you walk me through a recent file?

User: Yes, a study permit refusal for a young man from [[Senegal|COUNTRY]], [[Amadou Diallo|PERSON]], born [[3 March 2001|DATE]], UCI [[11-2345-6789|NATIONAL_ID|uci]], application number [[S305918447|NATIONAL_ID|case_number]]. I pasted his GCMS notes and the refusal into [[ChatGPT|AI_PRODUCT]] to draft the reconsideration letter. Also the details of his host, his uncle [[Ibrahima Diallo|PERSON]], [[1875, boul. des Laurentides, app. 402|ADDRESS]], [[Laval|CITY]] ([[Québec|CITY|province]]) [[H7M 2P9|ADDRESS|postcode]], and the uncle's SIN [[812 437 905|NATIONAL_ID|sin]] from his proof of funds. I did it at 1am. That's when mistakes happen.

AI: What does your regulator say about this?

User: The [[College|ORGANIZATION|short_form]] has a code of professional conduct and guidance on AI, basically: you are responsible, protect confidentiality, be transparent with clients. Me [[Tremblay|PERSON|title_me]] is stricter because of the [[Barreau du Québec|ORGANIZATION]]. Since that file I use initials and I remove the UCI. And the provincial privacy law, Law 25, has made everybody in [[Québec|CITY|province]] more nervous, which is good. I also changed my retainer agreement, the [[College|ORGANIZATION|short_form]] expects us to tell clients if AI tools are used on their file, so I added a clause. Most clients sign without reading. One client from [[Cameroon|COUNTRY]] read it carefully and asked which company stores his data, and honestly I could not answer him precisely.

AI: How good are the outputs?

User: good for English. For [[Québec|CITY|province]] French it's sometimes too "[[France|COUNTRY]]", clients laugh. It invented an [[IRCC|ORGANIZATION|acronym]] program instruction once, with a fake link. The big danger is study plans: officers see the same phrases in hundreds of files from [[Africa|CONTINENT]], so I rewrite everything by hand now. I follow what [[Marc Miller|PUBLIC_FIGURE]] announces on caps and permits, because the model is always one policy behind.

AI: Do clients ask whether you use AI? And what would help you?

User: Some do. The young ones use it themselves and send me their own drafts, full of "I am deeply passionate". [[My assistant|GENERIC_ROLE]], [[Fatou|PERSON]], checks every draft against the client's real story. She is [[24|AGE]] and much better than me at spotting AI text, funny.
What would help: a tool that redacts UCI and passport numbers automatically, and that works in French. Contact: [[nadia@benali-immigration.ca|EMAIL_ADDRESS]], office [[514 555 0147|PHONE_NUMBER]], or my cell, in words because of the spam filters: [[quatre trois huit, cinq cinq cinq, zéro neuf deux six|OBF_PHONE|number_words_french]]. In [[Canada|COUNTRY]] the rules move every month, so call before [[Wednesday|GENERIC_TIME]] if possible.""")

# 20 Mexico - payroll supervisor at a maquiladora
T.append("""AI: Hi, thanks for joining. Tell me a bit about yourself and your job.

User: hi!! I'm [[Claudia Hernández Gómez|PERSON|double_surname]], [[jefa de nómina|JOB_TITLE]] (payroll supervisor) at [[Componentes del Norte S.A. de C.V.|ORGANIZATION]], a maquiladora in [[Ciudad Juárez|CITY]], [[Chihuahua|CITY|state]]. We make wiring harnesses for cars, about 2,300 employees in three shifts. I'm [[37|AGE]], studied accounting at the [[UACJ|SCHOOL|acronym]]. My job: weekly payroll, [[IMSS|ORGANIZATION|acronym]] movements (altas, bajas), [[INFONAVIT|ORGANIZATION|acronym]] credits, finiquitos, and the annual tax stuff with the [[SAT|ORGANIZATION|acronym]].

AI: How do AI tools come into that?

User: we use [[CONTPAQi|SOFTWARE]] for payroll and [[IDSE|SOFTWARE]] for the [[IMSS|ORGANIZATION|acronym]] movements. AI is mostly [[ChatGPT|AI_PRODUCT]]:
- explain finiquito calculations to people who resign
- memos in Spanish and English for the American managers, our HQ is in [[El Paso|CITY]]
- formulas for [[Excel|SOFTWARE]] (overtime, prima dominical)
my assistant [[Lupita|PERSON|nickname]] uses [[Copilot|AI_PRODUCT]] more, she likes it inside [[Outlook|SOFTWARE]]

AI: Can you describe a case where employee data went into the tool?

User: yes, the typical one. an operator, [[José Guadalupe Treviño Salas|PERSON]], had a labor claim at the [[Centro de Conciliación Laboral|ORGANIZATION]], and I pasted his whole file to calculate what we owed: NSS [[32048817654|NATIONAL_ID|nss]], CURP [[TESJ880314HCHRLS07|NATIONAL_ID|curp]], RFC [[TESJ880314QK5|NATIONAL_ID|rfc_shares_curp_prefix]], birth date [[14/03/1988|DATE]], address [[Calle Paseo de la Victoria 1520, Int. 4|ADDRESS]], [[Col. Partido Senecú|CITY]], [[C.P. 32459|ADDRESS|postcode]]. it gave me a nice table with the 3 months, 20 days per year, vacation and aguinaldo proportional. my boss checked it and it was almost right.

AI: Did anyone comment on sharing that information?

User: my boss, C.P. [[Norma Ramírez|PERSON|title_cp]], the [[HR manager|JOB_TITLE]], said to be careful because of the new data protection law, the [[INAI|ORGANIZATION|acronym]] doesn't exist anymore but the law is still there. corporate IT in [[Texas|CITY|state]] sent a policy in English about AI that nobody here read lol. [[the union delegate|GENERIC_ROLE]] from the [[CTM|ORGANIZATION|acronym]] asked if the AI decides who gets fired. no!

AI: How reliable is it?

User: For Mexican labor law 50/50. It mixes the vacation reform (now 12 days the first year) with the old rules. It calculated aguinaldo wrong once because it used 30 days instead of 15. But for writing it's amazing, [[the line supervisors|GENERIC_ROLE]] love it for their disciplinary reports. with the outsourcing reform of [[AMLO|PUBLIC_FIGURE|acronym]] everything changed and it still talks about the old subcontracting. it also doesn't know the special minimum wage for the northern border, it uses the general one, so every number I have to check. I think it learned from [[Mexico City|CITY]] examples.

AI: What other tasks do you use it for? And what would help you most?

User: - translate the letters from the [[Texas|CITY|state]] office
- checking that the CFDI payroll receipts are coherent before timbrado
- my own stuff, I asked it to help with my mortgage at [[INFONAVIT|ORGANIZATION|acronym]] and pasted my own CURP [[HEGC870612MCHRML09|NATIONAL_ID|curp]], jaja, I do it too
- writing birthday messages for the plant, we do a monthly celebration on the last [[Friday|GENERIC_TIME]]
what would help most: training, and something inside [[CONTPAQi|SOFTWARE]] so we don't copy-paste. also that the company buys a license, I pay my own [[ChatGPT|AI_PRODUCT]] Plus. contact: [[claudia.hdz.nomina@outlook.com|EMAIL_ADDRESS]] or [[WhatsApp|SOFTWARE]] [[656 123 4478|PHONE_NUMBER]]. [[Thursdays|GENERIC_TIME]] we close payroll so don't. [[Mexico|COUNTRY]] and the [[United States|COUNTRY]] work together here every day, it's one city with a bridge.""")

# 21 Brazil - bank teller
T.append("""AI: Olá, thanks for joining! Could you tell me about yourself and your job?

User: oi! I'm [[Juliana Teixeira|PERSON]], [[28|AGE]], [[caixa|JOB_TITLE|name_is_word]] (bank teller) at [[Banrisul|ORGANIZATION]], agência [[Menino Deus|CITY]] in [[Porto Alegre|CITY]], since [[2020|DATE]]. I do deposits, withdrawals, boletos, [[Pix|SOFTWARE]] problems, help with account opening, and lots of elderly customers with [[INSS|ORGANIZATION|acronym]] pension issues. Also the first paperwork for suspected fraud, the back office does the rest.

AI: How do you use AI tools at work?

User: on the bank computer nothing, it's blocked. on my phone [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]]. I use to:
- write [[WhatsApp|SOFTWARE]] messages to customers in a nice way (our agência has a business [[WhatsApp|SOFTWARE]])
- understand new rules from the [[Banco Central|ORGANIZATION]] about [[Pix|SOFTWARE]]
- help old customers understand their [[INSS|ORGANIZATION|acronym]] letters
my colega [[Fernandinha|PERSON|nickname]] uses [[Meta AI|AI_PRODUCT]] directly in [[WhatsApp|SOFTWARE]].

AI: Could you tell me about a time you used it with customer information?

User: yes... Dona [[Graça|PERSON|honorific_dona]], she is [[81|AGE]], a sweet lady, comes every month. She received a letter about a "prova de vida" and a loan discount she didn't recognise. I photographed the letter and her statement and asked [[ChatGPT|AI_PRODUCT]] to explain. Full name [[Maria das Graças Fontoura|PERSON]], CPF [[318.472.905-61|NATIONAL_ID|cpf]], benefit number [[147.882.390-4|NATIONAL_ID|benefit_number]], born [[12/05/1943|DATE]], address [[Rua José de Alencar, 812, apto 302|ADDRESS]], [[Menino Deus|CITY]], [[CEP 90880-480|ADDRESS|postcode]]. It found the loan was a fraudulent consignado! So it helped her a lot, we opened a contestação. But everything is in my phone now. Her grandson [[Caio|PERSON]] called later to thank me.

AI: Does the bank have guidance about this?

User: there's an LGPD training every year, and the [[ANPD|ORGANIZATION|acronym]] is more active now. the training says don't share customer data outside official systems, but it doesn't say AI. my gerente, Seu [[Renato|PERSON|honorific_seu]], uses [[ChatGPT|AI_PRODUCT]] himself for the goals report lol. so nobody will complain until something happens. the worst is that customers themselves send photos of their documents to the agência [[WhatsApp|SOFTWARE]], RG, CPF, proof of address, so the data is already everywhere. I just try not to make it worse. some colleagues keep the photos in the gallery and forget.

AI: How good are the answers?

User: for explaining things it's ótimo. but it got a [[Pix|SOFTWARE]] rule wrong, it said the night limit is one value but it depends on each bank. it doesn't know [[Banrisul|ORGANIZATION]] systems of course. sometimes it writes like a person from [[Portugal|COUNTRY]], "o senhor deve dirigir-se", the old people think it's weird. I saw [[Lula|PUBLIC_FIGURE]] talking about AI on TV, about jobs, and my mother asked if I will lose mine.

AI: Do you think that will happen? And is there anything else you would like to add?

User: hmm maybe fewer caixas, yes. many agências in the interior are closing. but the fraud cases need a human, the old people trust a face. [[the tellers|GENERIC_ROLE]] are the ones who see the fraud first. like last [[Tuesday|GENERIC_TIME]] a man came with his mother to take out R$ 20 mil and she was crying, I called the manager. an AI would just approve it.
just that we have no tools for this, only our phone. contact: my [[Pix|SOFTWARE]] key is my phone haha, [[cinco um, nove nove oito quatro sete, dois um zero três|OBF_PHONE|number_words_portuguese]], or insta [[@ju.teixeira.poa|SOCIAL_HANDLE]]. here in [[Brazil|COUNTRY]] everything is [[WhatsApp|SOFTWARE]], in all [[South America|CONTINENT]] I think.""")

# 22 Argentina - dentist
T.append("""AI: Hola, thank you for joining. Could you tell me about yourself and your work?

User: Hola! I'm Dra. [[Valeria Quiroga|PERSON|title_dra]], [[odontóloga|JOB_TITLE]], I have a small private practice in [[Nueva Córdoba|CITY]], [[Córdoba|CITY]]. [[44|AGE]] years old. Matrícula [[M.P. 4521|NATIONAL_ID|licence_number]] at the [[Colegio Odontológico de Córdoba|ORGANIZATION]]. Graduated from the [[UNC|SCHOOL|acronym]] in [[2005|DATE]]. The paperwork is the worst part: authorizations from the obras sociales, odontogramas, informed consents, invoices for [[AFIP|ORGANIZATION|acronym]] (now [[ARCA|ORGANIZATION|acronym]], but everybody still says [[AFIP|ORGANIZATION|acronym]]).

AI: How do you use AI tools?

User: [[ChatGPT|AI_PRODUCT]] mostly, and the clinic software [[Dentalink|SOFTWARE]] now has an assistant that writes the summary of the clinical notes. I use [[ChatGPT|AI_PRODUCT]] for:
→ informed consent texts in simple words
→ answering patients on [[WhatsApp|SOFTWARE]] (they write at midnight!!)
→ preparing the monthly billing to the obras sociales in [[Excel|SOFTWARE]]
My assistant [[Romi|PERSON|nickname]] uses it too, for the agenda messages.

AI: Could you give an example involving a patient?

User: Sí. A patient, [[Martín Ezequiel Ferreyra|PERSON]], needed an authorization from his prepaga [[OSDE|ORGANIZATION|acronym]] for two implants, they rejected it twice. I pasted everything in [[ChatGPT|AI_PRODUCT]] to write the appeal: DNI [[31.482.706|NATIONAL_ID|dni]], CUIL [[20-31482706-3|NATIONAL_ID|cuil_contains_dni]], affiliate number [[61 482913 4 02|NATIONAL_ID|insurance_member_no]], birth [[22/09/1985|DATE]], address [[Av. Hipólito Yrigoyen 284, 5° B|ADDRESS]], [[Nueva Córdoba|CITY]], and his medical history (he is diabetic). The appeal was approved! But yes, I gave it the whole thing. Also the panoramic x-ray with his name printed on it.

AI: Are there rules from your colegio or the state?

User: The [[Colegio|ORGANIZATION|short_form]] has nothing on AI. There is the personal data law and the [[AAIP|ORGANIZATION|acronym]] is the regulator, but I never heard of them doing anything to a dentist. Secreto profesional is in our ethics code, that's clear. Honestly most colleagues in my [[WhatsApp|SOFTWARE]] group of graduates do the same, we share prompts. The other day a colleague posted a prompt in the group with the full name of a patient by mistake, and nobody said anything, we just continued talking about the implant brand. That tells you how normal it is.

AI: What about the quality?

User: very good for letters. For dental clinical stuff it's ok, but sometimes it recommends treatments that the obras sociales here don't cover, it thinks like in the [[United States|COUNTRY]]. And for the invoices it confused the monotributo categories. I once pasted my own invoice with my CUIT [[27-28345912-4|NATIONAL_ID|cuit_contains_dni]] and my DNI [[28.345.912|NATIONAL_ID|dni]] to ask about the category, ups. [[Javier Milei|PUBLIC_FIGURE]] changed a lot of things with the prepagas this year and [[ChatGPT|AI_PRODUCT]] doesn't know.

AI: How do your patients feel about it, if they know? And anything else you'd like to add?

User: Most don't know. One patient, a lawyer, Dr. [[Hernán Bustos|PERSON]], read the consent form and asked me "did a robot write this?" because it was too perfect, haha. I told him the truth, he laughed. [[The patients|GENERIC_ROLE]] here care more about the price than about the data, sadly. In [[Argentina|COUNTRY]] with the inflation everybody is thinking about money.
And just that we need something simple, for small practices, in Spanish. Contact me on [[WhatsApp|SOFTWARE]]: [[tres cinco uno, cinco cuatro ocho, dos dos uno siete|OBF_PHONE|number_words_spanish]], or [[dra.vquiroga@gmail.com|EMAIL_ADDRESS]]. Not on [[Wednesday|GENERIC_TIME]] afternoon, I'm at the clinic in [[Villa Carlos Paz|CITY]].""")

# 23 Colombia - legal adviser for migrants
T.append("""AI: Hola, thanks for joining. Please tell me about your work.

User: hola. I'm [[Andrés Felipe Rojas Duarte|PERSON|double_surname]], [[asesor jurídico|JOB_TITLE]] (legal adviser) at [[Fundación Puentes de Frontera|ORGANIZATION]] in [[Cúcuta|CITY]], right at the border with [[Venezuela|COUNTRY]]. I'm a lawyer, tarjeta profesional [[287.441|NATIONAL_ID|professional_card]]. We help Venezuelan migrants with regularization: the PPT (permiso por protección temporal), asylum requests, birth registration for babies born here, access to health through the [[SISBÉN|SOFTWARE]]. Everything goes to [[Migración Colombia|ORGANIZATION]] or the [[Registraduría|ORGANIZATION]].

AI: How do you use AI tools?

User: mostly [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] (we got licenses through a donor, [[ACNUR|ORGANIZATION|acronym]]). For:
• writing tutelas (constitutional complaints) when health care is denied
• summarising the migrants' stories for asylum files
• answering the many [[WhatsApp|SOFTWARE]] questions with template answers
[[My coordinator|GENERIC_ROLE]] [[Mafe|PERSON|nickname]] ([[María Fernanda Ortiz|PERSON]]) designed prompts for the whole team, she is very organized.

AI: Could you describe a specific case?

User: Yes. A woman, [[Yusmary del Valle Pérez|PERSON]], [[26|AGE]], from [[San Antonio del Táchira|CITY]], with a baby born in [[Cúcuta|CITY]]. The hospital refused care because her PPT was not delivered yet. I wrote the tutela with [[ChatGPT|AI_PRODUCT]] and pasted: her Venezuelan cédula [[V-24.817.365|NATIONAL_ID|foreign_id]], PPT number [[4829173|NATIONAL_ID|ppt]], the baby's name [[Santiago|PERSON|name_is_place]], born [[7 de julio de 2024|DATE]], their address [[Calle 10 # 4-32|ADDRESS]], barrio [[La Playa|CITY|name_is_word]], her phone [[+57 321 448 2093|PHONE_NUMBER]]. The tutela was against the EPS, [[Nueva EPS|ORGANIZATION]]. [[The judge|GENERIC_ROLE]] ordered care in 48 hours. So it worked, and fast.

AI: What do you think about the privacy side of that?

User: honestly, in the rush we don't think. These are very vulnerable people, some are fleeing persecution, if their data leaks to the wrong people in [[Venezuela|COUNTRY]] it can be dangerous for family there. [[Colombia|COUNTRY]] has a data protection law and the [[SIC|ORGANIZATION|acronym]] supervises, but for NGOs nobody checks. Since [[March|GENERIC_TIME]] we use initials only in asylum stories. For tutelas it's harder because [[the judge|GENERIC_ROLE]] needs the full name and the documents. There was a case in another organization where a list of beneficiaries leaked in a [[WhatsApp|SOFTWARE]] group and people were threatened. Since then we are more careful, but the AI is a new door and nobody closed it.

AI: How is the output quality?

User: Tutelas: very good, the structure is standard and it knows the right to health well. But it cites rulings of the [[Corte Constitucional|ORGANIZATION]] that don't exist sometimes! T-something of some year, very convincing. I always check in the relatoría. Also it writes in [[Spain|COUNTRY]] Spanish sometimes ("vosotros") lol. I follow what [[Gustavo Petro|PUBLIC_FIGURE]] says about migration because policies change fast and the model doesn't know.

AI: Who else in the team uses these tools? Any final thoughts?

User: Everybody. The psychologist, [[Yeimy|PERSON]], uses it for her session summaries, that worries me more, it's mental health. The volunteers from the [[Universidad Francisco de Paula Santander|SCHOOL]] use it for everything. [[The migrants|GENERIC_ROLE]] themselves use [[Meta AI|AI_PRODUCT]] in [[WhatsApp|SOFTWARE]] to understand the forms of [[Migración Colombia|ORGANIZATION]], so sometimes they arrive with wrong information from the AI and we have to correct it.
we need tools designed for humanitarian work, with data protection by default, in Spanish, and cheap. My cédula is [[1.090.456.872|NATIONAL_ID|cedula]] if you need it for the consent form, and my mail is [[andres.rojas@puentesfrontera.org|EMAIL_ADDRESS]]. Here in [[South America|CONTINENT]] the migration will continue, so this is not going away.""")

# 24 Australia - medical registrar
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about yourself and your role?

User: Hey. I'm [[Liam O'Connor|PERSON|apostrophe]], [[medical registrar|JOB_TITLE]] at the [[Royal Brisbane and Women's Hospital|ORGANIZATION]] ([[RBWH|ORGANIZATION|acronym]]), general medicine. I'm [[33|AGE]]. Did my degree at [[UQ|SCHOOL|acronym]], interned at [[The Prince Charles Hospital|ORGANIZATION]] up in [[Chermside|CITY]]. [[AHPRA|ORGANIZATION|acronym]] reg [[MED0002345678|NATIONAL_ID|professional_reg]]. A shift is maybe 40% patients and 60% documentation: ward round notes, discharge summaries, referrals, death certificates, [[Queensland Health|ORGANIZATION]] incident reports.

AI: How do AI tools figure in your work?

User: the big one is AI scribes. we're trialling [[Heidi|AI_PRODUCT|name_is_person_name]] in outpatients, it listens to the consult and writes the note. Some consultants swear by it, some hate it. I also use [[ChatGPT|AI_PRODUCT]] on my phone for discharge summary drafts and patient-friendly explanations. The EMR is [[ieMR|SOFTWARE]] ([[Cerner|SOFTWARE]] underneath). The [[nurse unit manager|JOB_TITLE]] on our ward, [[Sydney|PERSON|name_is_place]], calls [[Heidi|AI_PRODUCT|name_is_person_name]] "the intern who never sleeps" lol.

AI: Can you describe a time patient information went into a tool?

User: yeah. [[Heidi|AI_PRODUCT|name_is_person_name]] is approved so that's fine officially. [[ChatGPT|AI_PRODUCT]] is not. On a night shift in [[winter|GENERIC_TIME]] I had a complex discharge for a bloke, [[Warren Kemp|PERSON]], [[67|AGE]], moving to a facility in [[Sydney|CITY|name_is_place]] to be near his daughter. I pasted the whole summary into [[ChatGPT|AI_PRODUCT]] to tidy it: name, URN [[RBWH-4471829|NATIONAL_ID|mrn]], Medicare no. [[2953 71046 1|NATIONAL_ID|medicare]], DOB [[14/07/1957|DATE]], address [[Unit 4/27 Boundary St|ADDRESS]], [[West End|CITY]] [[QLD|CITY|state_abbrev]] [[4101|ADDRESS|postcode]], his [[GP|JOB_TITLE]] Dr. [[Anh Nguyen|PERSON]] at [[Boundary Street Medical|ORGANIZATION]]. Honestly it wrote a better summary than me at 3am, which is the problem.

AI: What's the policy at your hospital?

User: [[Queensland Health|ORGANIZATION]] put out guidance: no patient info in public generative AI. The [[Metro North|ORGANIZATION]] digital team runs the scribe trial with consent forms and a privacy assessment. [[The consultant|GENERIC_ROLE]] I'm working with this term is fine with scribes but if she saw me using [[ChatGPT|AI_PRODUCT]] she'd report me, fair enough. [[AHPRA|ORGANIZATION|acronym]] also put out guidance saying we're accountable for whatever the tool writes. I did the mandatory privacy module last year, twenty minutes of clicking, AI is on one slide. Meanwhile the discharge lounge is full and [[the bed manager|GENERIC_ROLE]] rings every ten minutes asking when the summary will be done, so you can guess what wins at 3am.

AI: How accurate are the tools?

User: the scribe is good but it occasionally attributes something the wife said to the patient. [[ChatGPT|AI_PRODUCT]] invents plausible stuff, it once wrote "no known allergies" when he had a penicillin allergy. massive. Also it's American so it writes acetaminophen instead of paracetamol, and it doesn't know the PBS. In [[Australia|COUNTRY]] that matters for discharge scripts.

AI: How do your colleagues feel about it? Anything you'd like to add before we wrap up?

User: split. [[the registrars|GENERIC_ROLE]] mostly love it, the older consultants are suspicious. [[Sydney|PERSON|name_is_place]] worries the nurses will be expected to document faster too. My partner [[Ruby|PERSON|name_is_word]], she's a [[physio|JOB_TITLE]] at the [[Mater|ORGANIZATION|short_form]], says their scribe trial was cancelled after a privacy complaint.
scribes are the future but we need audits, proper ones. and wifi, even [[Antarctica|CONTINENT]] has better wifi than ward 7B. Contact: [[liam.oconnor.med@proton.me|EMAIL_ADDRESS]], mobile [[0 4 1 2  5 5 3  9 1 8|OBF_PHONE|spaced_digits]]. Not on [[weekends|GENERIC_TIME]] when I'm on call.""")

# 25 New Zealand - court registry officer
T.append("""AI: Kia ora, thanks for joining. Could you tell me about yourself and your work?

User: Kia ora. [[Aroha Parata|PERSON|name_is_word]] here, [[Court Registry Officer|JOB_TITLE]] at the [[Christchurch District Court|ORGANIZATION]]. I've been with the [[Ministry of Justice|ORGANIZATION]] since [[2013|DATE]], mainly civil and family. Daily: filing, checking applications, scheduling hearings, preparing files for [[the judge|GENERIC_ROLE]], sending notices, and helping people who come to the counter without a lawyer. Grew up in [[Kaikōura|CITY]], living in [[Riccarton|CITY]] now.

AI: How are AI tools used in your work?

User: officially we have [[Copilot|AI_PRODUCT]] chat approved, with rules. the case management system is old and has no AI at all. what i use:
- [[Copilot|AI_PRODUCT]] to rewrite letters to self-represented parties in plain English
- [[ChatGPT|AI_PRODUCT]] at home for my study, I'm doing a law degree part time at the [[University of Canterbury|SCHOOL]]
- [[Teams|SOFTWARE]] for everything else
[[my team leader|GENERIC_ROLE]] [[Mere|PERSON|name_is_word]] made a cheat sheet of prompts for the team.

AI: Has information about a case ever gone into one of these tools?

User: yes, once, and it bothers me. A party in a protection order matter, [[Rangi Moana|PERSON]], rang in upset, he works in [[Antarctica|CONTINENT]] for the summer season and couldn't attend. I copied his email plus the file summary into [[Copilot|AI_PRODUCT]] to draft a reply about remote attendance. File number [[FAM-2023-009-000412|NATIONAL_ID|case_number]], his address [[Flat 2, 41 Riccarton Road|ADDRESS]], [[Riccarton|CITY]], [[Christchurch|CITY]] [[8011|ADDRESS|postcode]], his phone [[021 448 3920|PHONE_NUMBER]], and the other party's name, [[Tania Moana|PERSON]], which in a protection order is exactly what you shouldn't spread. His IRD number [[049-217-883|NATIONAL_ID|ird]] was in there too from the fee waiver form.

AI: What's the guidance in the [[Ministry|ORGANIZATION|short_form]]?

User: there's [[Ministry|ORGANIZATION|short_form]] guidance, no personal info in unapproved tools, and the judiciary has its own guidelines for courts. [[Copilot|AI_PRODUCT]] was the approved one, so technically I was within the rules, but the Family Court has extra restrictions on publication and I didn't think it through. Judge [[Harrington|PERSON|title_judge]] told us at a staff meeting he doesn't want AI anywhere near his judgments. The [[Office of the Privacy Commissioner|ORGANIZATION]] also published guidance, which I've read since. Now I only paste the body of a letter with placeholders like [Applicant] and [Respondent], and I put the names back in [[Word|SOFTWARE]] afterwards. Slower, but I sleep better.

AI: How do you find the quality?

User: good for plain English. it doesn't get te reo Māori right though, it mangled a whakapapa explanation and used the wrong macrons. it also mixes [[NZ|COUNTRY]] and Australian law, once it referred to the "Family Court of [[Australia|COUNTRY]]". and it's very confident, which scares me for people at the counter who use it themselves and then argue with me.

AI: Do the public bring AI-written documents to the counter? And anything you'd change?

User: all the time now. affidavits that look like essays, with American words. one applicant, [[Shona Fielding|PERSON]], printed out a [[ChatGPT|AI_PRODUCT]] "guide" to her parenting case that was completely wrong about timeframes. [[The lawyers|GENERIC_ROLE]] can spot them straight away. I heard [[Christopher Luxon|PUBLIC_FIGURE]] talking about AI and productivity in the public service, but nobody asked us.
what i'd change: proper training and an approved tool that actually redacts. ngā mihi. you can reach me at [[aroha.parata@justice.govt.nz|EMAIL_ADDRESS]] or personally [[aroha underscore p at xtra dot co dot nz|OBF_EMAIL|spelled_at_dot]]. I don't work [[Fridays|GENERIC_TIME]]. [[Aotearoa New Zealand|COUNTRY|bilingual_name]] is small, so please change my name, everyone here knows everyone.""")

if __name__ == "__main__":
    bad = []
    for i, raw in enumerate(T, 1):
        text, spans = build(raw.strip())
        n = len(text.split())
        dec = sum(1 for s in spans if s["kind"] == "decoy")
        print(f"T{i:02d} words={n} spans={len(spans)} decoys={dec} ({dec/len(spans):.0%})")
        if not (500 <= n <= 900): bad.append((i, n))
    assert not bad, bad

write_set(T, "set_bp")
