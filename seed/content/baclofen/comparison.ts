import { baclofenArticle } from './article'

const [ORAL, CYCLOBENZAPRINE, INTRATHECAL] = baclofenArticle.comparisonColumns

const row = (feature: string, oral: string, cyclobenzaprine: string, intrathecal: string) => ({
  feature,
  drugs: ['baclofen', 'cyclobenzaprine'],
  cells: [
    { treatment: ORAL, value: oral },
    { treatment: CYCLOBENZAPRINE, value: cyclobenzaprine },
    { treatment: INTRATHECAL, value: intrathecal },
  ],
})

/** "Oral Baclofen vs. Other Treatments", one entry per table row, in the source's order. */
export const baclofenComparisonRows = [
  row(
    'Primary Use',
    'Chronic spasticity from neurological conditions',
    'Short-term muscle spasms from injuries',
    'Severe, intractable spasticity',
  ),
  row(
    'Administration',
    'Oral tablet or liquid, taken multiple times daily',
    'Oral tablet',
    'Implanted pump delivers directly to spinal cord',
  ),
  row(
    'Dosing',
    'Gradually adjusted by a healthcare professional based on individual needs',
    'Typically a fixed dose for short-term use',
    'Requires delivery directly to the source',
  ),
  row(
    'Mechanism',
    'Acts on the spinal cord (CNS) via GABA-B receptors',
    'Acts centrally, but different mechanism than baclofen',
    'Localized CNS action with high concentration at the spinal cord',
  ),
  row(
    'Side Effects',
    'Systemic, can include drowsiness and dizziness',
    'Can cause significant drowsiness and dry mouth',
    'Fewer systemic side effects, but risks associated with surgery and pump failure',
  ),
]
