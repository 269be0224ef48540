import { bold, bulletList, heading, lexicalDocument, paragraph } from '../../lexical'

/** "What Are the Benefits of Taking Baclofen?", transcribed from ../shared/seed-source. */
export const baclofenArticle = {
  title: 'What Are the Benefits of Taking Baclofen?',
  slug: 'what-are-the-benefits-of-taking-baclofen',
  summary:
    'Baclofen reduces muscle spasms, tightness, and pain caused by neurological conditions. The medication improves muscle movement, increases range of motion, and can enhance the effectiveness of physical therapy. It is used to manage spasticity associated with multiple sclerosis and spinal cord injuries.',
  keyPoints: [
    {
      title: 'Reduces Spasticity',
      text: 'Baclofen effectively decreases the severity and frequency of muscle spasms, tightness, and cramping, particularly for neurological conditions.',
    },
    {
      title: 'Alleviates Pain',
      text: 'By controlling involuntary muscle contractions, the medication helps reduce pain and discomfort associated with spasticity.',
    },
    {
      title: 'Improves Mobility',
      text: 'Reduced muscle tone and stiffness lead to improved muscle movement, coordination, and a greater range of motion.',
    },
    {
      title: 'Enhances Physical Therapy',
      text: 'Managing spasticity with baclofen makes physical and occupational therapy exercises more effective, aiding in functional recovery.',
    },
    {
      title: 'Targets the Spinal Cord',
      text: 'Baclofen acts centrally at the spinal cord by activating GABA-B receptors, inhibiting the overactive nerve signals causing spasms.',
    },
    {
      title: 'Requires Gradual Adjustment',
      text: 'The amount of baclofen taken is typically adjusted gradually under medical supervision to find the optimal effect.',
    },
    {
      title: 'Must Be Withdrawn Slowly',
      text: 'Abruptly stopping baclofen can cause serious withdrawal symptoms and should be avoided.',
    },
  ],
  body: lexicalDocument(
    paragraph(
      'Baclofen has been a cornerstone treatment for muscle spasticity since its initial use in the 1970s. Understanding what are the benefits of taking baclofen is crucial for patients and healthcare providers to effectively manage symptoms associated with neurological disorders.',
    ),
    heading('h2', 'What is Baclofen and How Does it Work?'),
    paragraph(
      'Baclofen is a prescription-only skeletal muscle relaxant primarily used to alleviate spasticity, a condition characterized by muscle stiffness, cramping, and involuntary spasms. It is not a cure for underlying neurological diseases but rather a management tool to help control symptoms and improve function. The therapeutic effects are derived from its action on the central nervous system (CNS).',
    ),
    paragraph(
      "The medication's mechanism involves mimicking gamma-aminobutyric acid (GABA), a neurotransmitter that has a calming effect on the CNS. Specifically, baclofen activates GABA-B receptors at the spinal cord level, which results in the inhibition of motor neuron activity. By calming the excitability of spinal reflexes, baclofen effectively reduces the frequency and severity of muscle spasms and overall muscle tone. This central action is what differentiates it from other muscle relaxants that may act directly on the muscle tissue, sometimes causing more generalized weakness.",
    ),
    heading('h2', 'Primary Benefits of Baclofen for Spasticity'),
    paragraph(
      'For many patients, baclofen is a key step in a gradual process to find the optimal treatment level, typically as part of a physician-guided titration regimen. The benefits experienced from this medication include:',
    ),
    bulletList([
      [
        bold('Reduction of muscle spasms and tightness:'),
        ' The core benefit of baclofen is its ability to reduce the involuntary contractions and rigidity that define spasticity. Patients with conditions like multiple sclerosis (MS) and spinal cord injuries (SCI) often experience significant relief.',
      ],
      [
        bold('Relief from associated pain:'),
        ' The intense and frequent muscle spasms that characterize spasticity can be very painful. By mitigating the spasms, baclofen helps to alleviate this discomfort.',
      ],
      [
        bold('Improved muscle movement:'),
        ' As muscle stiffness and tightness decrease, patients can regain better control and coordination of their muscles, leading to improved functional mobility.',
      ],
      [
        bold('Enhanced effectiveness of physical therapy:'),
        ' Reduced spasticity enables patients to participate more effectively in physical and occupational therapy. Therapists can work with muscles that are less tense, which helps rebuild strength and function.',
      ],
      [
        bold('Better sleep quality:'),
        " Muscle spasms that occur at night can severely disrupt sleep. By controlling these nocturnal spasms, baclofen can help improve a patient's sleep quality and overall rest.",
      ],
    ]),
    heading('h2', 'Benefits for Specific Conditions'),
    paragraph(
      "Baclofen's benefits are particularly evident in the management of specific neurological disorders.",
    ),
    heading('h3', 'Multiple Sclerosis (MS)'),
    paragraph(
      'In patients with MS, baclofen is a standard treatment for managing spasticity. Clinical studies have shown that it effectively reduces the frequency of spasms and clonus (rhythmic muscle contractions), leading to improved joint movement. For some patients, baclofen can help them maintain their functional status for longer periods, while for more disabled patients, it provides symptomatic relief from painful spasms.',
    ),
    heading('h3', 'Spinal Cord Injury (SCI)'),
    paragraph(
      "Spasticity is a common secondary complication following SCI, and it can cause chronic pain and limit mobility. Baclofen helps temporarily relieve this spasticity, which in turn increases a person's range of motion and makes daily tasks more manageable. It is an essential tool for creating a window of opportunity for physical therapy and long-term functional improvement.",
    ),
    heading('h2', 'Oral Baclofen vs. Other Treatments'),
    paragraph(
      "To understand the role of oral baclofen, it's helpful to compare it to other treatments for spasticity.",
    ),
    heading('h2', 'Important Considerations and Side Effects'),
    paragraph(
      'While baclofen offers many benefits, it is crucial for patients and physicians to manage potential side effects and discontinuation carefully. Some common side effects, especially during the initial phase of treatment, include drowsiness, dizziness, weakness, and fatigue. Starting with a lower amount and increasing it slowly, under medical supervision, can help the body adjust and mitigate these effects.',
    ),
    paragraph(
      "Sudden discontinuation of baclofen is dangerous and should be avoided. Abrupt cessation can lead to severe withdrawal symptoms, including seizures, fever, and hallucinations. Any changes to the amount taken must be made gradually under a doctor's supervision.",
    ),
    paragraph(
      'It is also important to be aware of drug interactions. Baclofen can have an additive effect with other CNS depressants, including alcohol, increasing the risk of severe drowsiness. Patients should discuss all medications, supplements, and alcohol consumption with their healthcare provider.',
    ),
    heading('h2', 'Conclusion'),
    paragraph(
      'For individuals experiencing the disruptive effects of muscle spasticity from conditions like multiple sclerosis and spinal cord injuries, baclofen represents a valuable treatment option. By acting on the central nervous system, this medication offers significant benefits, including the reduction of muscle spasms, relief of associated pain, and improved mobility. When used in conjunction with physical therapy, it empowers patients to regain a greater degree of control and function, ultimately improving their quality of life. As with all medications, baclofen should be used under the careful guidance of a healthcare professional, with special attention paid to proper use and safe discontinuation.',
    ),
  ),
  drugs: ['baclofen'],
  conditions: ['spasticity', 'multiple sclerosis', 'spinal cord injury'],
  comparisonColumns: ['Oral Baclofen', 'Cyclobenzaprine (Flexeril)', 'Intrathecal Baclofen (ITB)'],
}
